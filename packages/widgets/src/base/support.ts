// What a browser needs for the branded blocks (see "Browser support" in the README). Each check
// does, on a throwaway node, what every element will do, so a feature that exists but throws
// (a polyfill, a locked-down webview) counts as missing too.

const checks: readonly [feature: string, works: () => boolean][] = [
  ['custom elements', () => typeof customElements.define === 'function'],
  ['MutationObserver', () => typeof MutationObserver === 'function'],
  ['shadow DOM', () => document.createElement('div').attachShadow({ mode: 'open' }) !== null],
  [
    'constructable stylesheets',
    () => {
      new CSSStyleSheet().replaceSync(':host{}');
      return true;
    },
  ],
  // Without it, assigning adoptedStyleSheets silently does nothing: look for the real property.
  ['adoptedStyleSheets', () => 'adoptedStyleSheets' in ShadowRoot.prototype],
];

/** The first feature this browser lacks, or undefined when it has everything. */
export function missingFeature(): string | undefined {
  for (const [feature, works] of checks) {
    try {
      if (!works()) return feature;
    } catch {
      return feature;
    }
  }
  return undefined;
}
