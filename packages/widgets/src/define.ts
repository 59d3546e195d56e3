import { ClinicBookingCta } from './elements/clinic-booking-cta/ClinicBookingCta';
import { ClinicByline } from './elements/clinic-byline/ClinicByline';
import { ClinicComparisonTable } from './elements/clinic-comparison-table/ClinicComparisonTable';
import { ClinicFaq } from './elements/clinic-faq/ClinicFaq';
import { ClinicKeyTakeaways } from './elements/clinic-key-takeaways/ClinicKeyTakeaways';
import { ClinicQuizCta } from './elements/clinic-quiz-cta/ClinicQuizCta';

/** Every Clinic UI element by tag name. Names are public API: they may grow, never change. */
export const clinicElements = {
  'clinic-key-takeaways': ClinicKeyTakeaways,
  'clinic-comparison-table': ClinicComparisonTable,
  'clinic-byline': ClinicByline,
  'clinic-quiz-cta': ClinicQuizCta,
  'clinic-booking-cta': ClinicBookingCta,
  'clinic-faq': ClinicFaq,
} as const;

/**
 * Defines every element that is not defined yet, so loading the script twice (or next to another
 * copy) is harmless: the first definition wins.
 */
export function defineClinicElements(registry: CustomElementRegistry = customElements): void {
  for (const [name, element] of Object.entries(clinicElements)) {
    if (!registry.get(name)) registry.define(name, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-key-takeaways': ClinicKeyTakeaways;
    'clinic-comparison-table': ClinicComparisonTable;
    'clinic-byline': ClinicByline;
    'clinic-quiz-cta': ClinicQuizCta;
    'clinic-booking-cta': ClinicBookingCta;
    'clinic-faq': ClinicFaq;
  }
}
