// The self-screener's entry (`@clinic-ui/widgets/screener`, and the script `clinic-screener.js`):
// importing it defines <clinic-screener>. It lives apart from the main entry so that pages without a
// screener never load it; both may run on one page, in either order, each loaded any number of times.
import { ClinicScreener } from './elements/clinic-screener/ClinicScreener';
import { missingFeature } from './base/support';
import type { ClinicElementApi } from './types.js';

/**
 * Defines `<clinic-screener>` unless it is defined already (so a second copy of the script is
 * harmless). In a browser that lacks something the element needs, it defines nothing and says so
 * once: the pasted form stays as the page wrote it. Returns whether the element is defined.
 */
export function defineClinicScreener(registry?: CustomElementRegistry): boolean {
  const missing = missingFeature();
  if (missing) {
    console.warn(
      `[clinic-ui] this browser lacks ${missing}, so <clinic-screener> shows the pasted form as the page wrote it.`,
    );
    return false;
  }
  const target = registry ?? customElements;
  if (!target.get('clinic-screener')) target.define('clinic-screener', ClinicScreener);
  return true;
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-screener': ClinicElementApi;
  }
}

// Server-side imports define nothing; in a browser nothing here may throw into the page.
if (typeof document !== 'undefined') {
  try {
    defineClinicScreener();
  } catch (error) {
    console.warn(
      `[clinic-ui] could not define <clinic-screener> (${String(error)}); the page keeps its content.`,
    );
  }
}
