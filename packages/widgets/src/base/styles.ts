// The widgets' stylesheet as text: theme fallbacks, :host rules and every block's styles, made at
// build time by scripts/widget-css.mjs.
import { css } from 'virtual:clinic-widget-css';

let sheet: CSSStyleSheet | undefined;

/**
 * The one constructable stylesheet every widget's shadow root adopts: parsed once per page, shared
 * by every element, and applied without any <style> element or style attribute (strict CSP works).
 */
export function widgetStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
