import { ClinicBookingCta } from './elements/clinic-booking-cta/ClinicBookingCta';
import { ClinicByline } from './elements/clinic-byline/ClinicByline';
import { ClinicComparisonTable } from './elements/clinic-comparison-table/ClinicComparisonTable';
import { ClinicFaq } from './elements/clinic-faq/ClinicFaq';
import { ClinicKeyTakeaways } from './elements/clinic-key-takeaways/ClinicKeyTakeaways';
import { ClinicQuizCta } from './elements/clinic-quiz-cta/ClinicQuizCta';
import { ClinicQuizCtaGroup } from './elements/clinic-quiz-cta-group/ClinicQuizCtaGroup';

import { missingFeature } from './base/support';
import type {
  ClinicCtaClickDetail,
  ClinicElementApi,
  ClinicMainTagName,
  ClinicProblemDetail,
} from './types.js';

export type {
  ClinicCtaClickDetail,
  ClinicElementApi,
  ClinicMainTagName,
  ClinicProblemDetail,
  ClinicTagName,
} from './types.js';

// <clinic-screener> is not here: it ships in its own script (src/screener.ts).
const clinicElements: Record<ClinicMainTagName, CustomElementConstructor> = {
  'clinic-key-takeaways': ClinicKeyTakeaways,
  'clinic-comparison-table': ClinicComparisonTable,
  'clinic-byline': ClinicByline,
  'clinic-quiz-cta': ClinicQuizCta,
  'clinic-quiz-cta-group': ClinicQuizCtaGroup,
  'clinic-booking-cta': ClinicBookingCta,
  'clinic-faq': ClinicFaq,
};

/** The tag names this module (and clinic-ui.js) defines: every element but `clinic-screener`. */
export const clinicTagNames = Object.keys(clinicElements) as readonly ClinicMainTagName[];

/**
 * Defines every element that is not defined yet, so loading the script twice (or next to another
 * copy) is harmless: the first definition wins. In a browser that lacks something the elements
 * need, it defines nothing and says so once: the page keeps showing each element's content as
 * plain HTML. Returns whether the elements are defined.
 */
export function defineClinicElements(registry?: CustomElementRegistry): boolean {
  const missing = missingFeature();
  if (missing) {
    console.warn(
      `[clinic-ui] this browser lacks ${missing}, so Clinic UI shows each block's content as the page wrote it, without its styling.`,
    );
    return false;
  }
  const target = registry ?? customElements;
  for (const name of clinicTagNames) {
    if (!target.get(name)) target.define(name, clinicElements[name]);
  }
  return true;
}

/**
 * Defines every element on the page this code runs in, if it is a browser page (a server-side
 * import defines nothing). Never throws into the page, whatever the browser lacks: a failure is
 * one console message, and the page keeps its content.
 */
export function defineClinicElementsOnPage(): void {
  if (typeof document === 'undefined') return;
  try {
    defineClinicElements();
  } catch (error) {
    console.warn(
      `[clinic-ui] could not define its elements (${String(error)}); the page keeps its content.`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-key-takeaways': ClinicElementApi;
    'clinic-comparison-table': ClinicElementApi;
    'clinic-byline': ClinicElementApi;
    'clinic-quiz-cta': ClinicElementApi;
    'clinic-quiz-cta-group': ClinicElementApi;
    'clinic-booking-cta': ClinicElementApi;
    'clinic-faq': ClinicElementApi;
  }
  interface HTMLElementEventMap {
    'clinic-cta-click': CustomEvent<ClinicCtaClickDetail>;
    'clinic-problem': CustomEvent<ClinicProblemDetail>;
  }
}
