export { KeyTakeaways, type KeyTakeawaysProps } from './KeyTakeaways';
export {
  ClinicLocaleProvider,
  type ClinicLocaleProviderProps,
} from './internal/locale/LocaleContext';
export {
  messageTables,
  resolveLocale,
  type ClinicMessages,
  type SupportedLocale,
} from './internal/locale/messages';
export { isSafeUrl } from './internal/safeUrl';
export { serializeJsonLd } from './internal/jsonLd';
export type { HeadingLevel } from './internal/Heading';
