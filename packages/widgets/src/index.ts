// ESM entry for bundler users: importing it defines every <clinic-*> element.
import { defineClinicElementsOnPage } from './define.js';

export {
  clinicTagNames,
  defineClinicElements,
  type ClinicCtaClickDetail,
  type ClinicElementApi,
  type ClinicMainTagName,
  type ClinicProblemDetail,
  type ClinicTagName,
} from './define.js';

// At once, on import (a server-side import defines nothing).
defineClinicElementsOnPage();
