export declare const preactAliases: Record<string, string>;
