// ESM entry for bundler users: importing it defines every <clinic-*> element.
import { defineClinicElements } from './define.js';

export {
  clinicTagNames,
  defineClinicElements,
  type ClinicCtaClickDetail,
  type ClinicElementApi,
  type ClinicMainTagName,
  type ClinicProblemDetail,
  type ClinicTagName,
} from './define.js';

// Server-side imports (SSR of a page that includes this module) define nothing. In a browser,
// nothing here may throw into the page, whatever it lacks.
if (typeof document !== 'undefined') {
  try {
    defineClinicElements();
  } catch (error) {
    console.warn(
      `[clinic-ui] could not define its elements (${String(error)}); the page keeps its content.`,
    );
  }
}
