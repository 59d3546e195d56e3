export declare function widgetCss(): string;
export declare function widgetCssModule(): string;
