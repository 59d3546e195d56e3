export declare const unitProperty: string;
export declare const renderedAttribute: string;
export declare function toReaderUnits(value: string): string;
export declare function withoutScreener(css: string): string;
export declare function widgetCss(): string;
export declare function widgetCssModule(): string;
