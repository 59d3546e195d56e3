// ESM entry for bundler users: importing it defines every <clinic-*> element.
import { defineClinicElements } from './define';

export { clinicElements, defineClinicElements } from './define';
export { ClinicElement, type RenderedBlock } from './base/ClinicElement';
export { ClinicBookingCta } from './elements/clinic-booking-cta/ClinicBookingCta';
export { ClinicByline } from './elements/clinic-byline/ClinicByline';
export { ClinicComparisonTable } from './elements/clinic-comparison-table/ClinicComparisonTable';
export { ClinicFaq } from './elements/clinic-faq/ClinicFaq';
export { ClinicKeyTakeaways } from './elements/clinic-key-takeaways/ClinicKeyTakeaways';
export { ClinicQuizCta } from './elements/clinic-quiz-cta/ClinicQuizCta';

// Server-side imports (SSR of a page that includes this module) define nothing.
if (typeof customElements !== 'undefined') defineClinicElements();
