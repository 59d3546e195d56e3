import { ClinicBookingCta } from './elements/clinic-booking-cta/ClinicBookingCta';
import { ClinicByline } from './elements/clinic-byline/ClinicByline';
import { ClinicComparisonTable } from './elements/clinic-comparison-table/ClinicComparisonTable';
import { ClinicFaq } from './elements/clinic-faq/ClinicFaq';
import { ClinicKeyTakeaways } from './elements/clinic-key-takeaways/ClinicKeyTakeaways';
import { ClinicQuizCta } from './elements/clinic-quiz-cta/ClinicQuizCta';

// The public types are written out here, without the element classes, so the published
// declarations need neither React's types nor @clinic-ui/react's.

/** The tag name of a Clinic UI element. Names are public API: they may grow, never change. */
export type ClinicTagName =
  | 'clinic-key-takeaways'
  | 'clinic-comparison-table'
  | 'clinic-byline'
  | 'clinic-quiz-cta'
  | 'clinic-booking-cta'
  | 'clinic-faq';

/** The detail of `clinic-cta-click`: which element, where it leads; nothing about the reader. */
export interface ClinicCtaClickDetail {
  element: ClinicTagName;
  href: string;
  condition?: string;
}

const clinicElements: Record<ClinicTagName, CustomElementConstructor> = {
  'clinic-key-takeaways': ClinicKeyTakeaways,
  'clinic-comparison-table': ClinicComparisonTable,
  'clinic-byline': ClinicByline,
  'clinic-quiz-cta': ClinicQuizCta,
  'clinic-booking-cta': ClinicBookingCta,
  'clinic-faq': ClinicFaq,
};

/** Every element's tag name. */
export const clinicTagNames = Object.keys(clinicElements) as readonly ClinicTagName[];

/**
 * Defines every element that is not defined yet, so loading the script twice (or next to another
 * copy) is harmless: the first definition wins.
 */
export function defineClinicElements(registry: CustomElementRegistry = customElements): void {
  for (const name of clinicTagNames) {
    if (!registry.get(name)) registry.define(name, clinicElements[name]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-key-takeaways': HTMLElement;
    'clinic-comparison-table': HTMLElement;
    'clinic-byline': HTMLElement;
    'clinic-quiz-cta': HTMLElement;
    'clinic-booking-cta': HTMLElement;
    'clinic-faq': HTMLElement;
  }
  interface HTMLElementEventMap {
    'clinic-cta-click': CustomEvent<ClinicCtaClickDetail>;
  }
}
