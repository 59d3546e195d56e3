export declare const unitProperty: string;
export declare const renderedAttribute: string;
export type WidgetCssBundle = 'main' | { usedClasses: ReadonlySet<string> };
export declare function toReaderUnits(value: string): string;
export declare function withoutScreener(css: string): string;
export declare function onlyUsedClasses(css: string, used: ReadonlySet<string>): string;
export declare function classNamesIn(code: string): Set<string>;
export declare function widgetCss(bundle?: WidgetCssBundle): string;
export declare function widgetCssModule(bundle?: WidgetCssBundle): string;
