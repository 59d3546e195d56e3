// The widgets' stylesheet as text: theme fallbacks, :host rules and every block's styles, made at
// build time by scripts/widget-css.mjs.
import { css, unitProperty } from 'virtual:clinic-widget-css';

let sheet: CSSStyleSheet | undefined;
let measured = false;

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

/**
 * Sets the stylesheet's size unit to the reader's default font size (what `font-size: medium`
 * resolves to), measured once per page on a hidden probe in `shadow`. Block sizes are multiples
 * of it, so they grow with the reader's browser setting but ignore the host page's root font size.
 * It runs before the first element renders; a size it cannot read falls back to 1rem.
 */
export function measureReaderUnit(shadow: ShadowRoot): void {
  if (measured || !sheet) return;
  measured = true;
  const probe = document.createElement('span');
  probe.setAttribute('data-clinic-unit', '');
  shadow.append(probe);
  const size = getComputedStyle(probe).fontSize;
  probe.remove();
  const unit = /^\d+(\.\d+)?px$/.test(size) ? size : '1rem';
  sheet.insertRule(`:host{${unitProperty}:${unit}}`, sheet.cssRules.length);
}
