// The blocks, one folder each.
export { KeyTakeaways, type KeyTakeawaysProps } from './KeyTakeaways';
export {
  ComparisonTable,
  type ComparisonCriterion,
  type ComparisonOption,
  type ComparisonTableProps,
} from './ComparisonTable';
export { Byline, buildMedicalWebPageJsonLd, type BylinePerson, type BylineProps } from './Byline';
export {
  QuizCta,
  QuizCtaGroup,
  type QuizCtaClickDetail,
  type QuizCtaGroupProps,
  type QuizCtaProps,
} from './QuizCta';
export { BookingCta, type BookingCtaClickDetail, type BookingCtaProps } from './BookingCta';
export { Accordion, type AccordionItemData, type AccordionProps } from './Accordion';
export { Faq, buildFaqPageJsonLd, type FaqItem, type FaqProps } from './Faq';
export {
  Screener,
  type ScreenerCtaClickDetail,
  type ScreenerItem,
  type ScreenerOption,
  type ScreenerProps,
} from './Screener';

// Shared by every block.
export {
  ClinicLocaleProvider,
  type ClinicLocaleProviderProps,
} from './internal/locale/LocaleContext';
export type { ClinicMessages, SupportedLocale } from './core/messages';
export type { HeadingLevel } from './internal/Heading';
export type { ClinicBlockProps, ClinicLocaleProps } from './internal/props';
export type {
  ClinicLinkComponent,
  ClinicLinkComponentProps,
  ClinicLinkProps,
} from './internal/link';
