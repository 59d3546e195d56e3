// @clinic-ui/react/internal: the framework-free rules both channels share (input checks, dates,
// message tables, JSON-LD). UNSTABLE: it exists for @clinic-ui/widgets and may change in any
// release; nothing here imports React.
export { ignoreProblems, type Report } from './report';
export { checkImageUrl, checkLink, isHttpOrRelativeUrl, isSafeUrl } from './url';
export {
  checkCalendarDate,
  formatCalendarDate,
  parseCalendarDate,
  type CalendarDate,
} from './date';
export {
  checkHeadingLevel,
  checkPhone,
  checkReadMinutes,
  checkThemeName,
  splitLocations,
  type HeadingLevel,
  type PhoneNumber,
} from './rules';
export {
  messageTables,
  supportedLocales,
  resolveLocale,
  type ClinicMessages,
  type SupportedLocale,
} from './messages';
export {
  buildFaqPageJsonLdFromText,
  buildMedicalWebPageJsonLd,
  serializeJsonLd,
  type JsonLdPerson,
  type MedicalWebPageInput,
  type PlainQuestion,
} from './jsonLd';
export { measures } from './measures';
export {
  checkScreenerForm,
  checkScreenerInstrument,
  getScreenerProfile,
  parseScreenerBands,
  scoreScreener,
  screenerClassPrefix,
  screenerInstruments,
  screenerOptionValues,
  screenerProfiles,
  type BuiltInBandKey,
  type ScreenerBand,
  type ScreenerInstrument,
  type ScreenerItemShape,
  type ScreenerProfile,
  type ScreenerResult,
} from './screener';
export {
  crisisLinks,
  screenerMessageTables,
  screenerMessages,
  type ScreenerMessages,
} from './screenerMessages';
