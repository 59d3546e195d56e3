export function readPo(path: string): { po: unknown; messages: Record<string, string> };
export function compileTranslations(dir: string, scriptHandle?: string): void;
