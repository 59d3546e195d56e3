export { buildFaqPageJsonLd, Faq, type FaqItem, type FaqProps } from './Faq';
