// ESM entry for bundler users: importing it defines every <clinic-*> element.
import { defineClinicElements } from './define.js';

export {
  clinicTagNames,
  defineClinicElements,
  type ClinicCtaClickDetail,
  type ClinicElementApi,
  type ClinicTagName,
} from './define.js';

// Server-side imports (SSR of a page that includes this module) define nothing.
if (typeof customElements !== 'undefined') defineClinicElements();
