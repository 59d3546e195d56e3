/**
 * What each block in fixtures/consumer (src/main.tsx in the browser, ssr.mjs on the server) must
 * show: text from its props, or its built-in heading. Keys are the `data-block` wrappers' names.
 */
export const blockTexts: Record<string, string[]> = {
  KeyTakeaways: ['Key takeaways', 'Rest helps.', 'So does routine.', 'Ask for support.'],
  ComparisonTable: ['Care options', 'Medication', 'Talk therapy', 'How it works', 'New skills'],
  Byline: ['Mara Quell', 'Jonah Pike', 'LCSW'],
  QuizCtaGroup: ['ADHD'],
  BookingCta: ['Harbor Street'],
  Accordion: ['First question', 'First answer'],
  Faq: ['Is it private?'],
};

/** Content that server-rendered HTML must hold beyond the visible text. */
export const serverHtml: Record<string, string[]> = {
  ComparisonTable: ['<caption'],
  Byline: ['dateTime="2026-03-04"', 'application/ld+json'],
  QuizCtaGroup: ['href="/quiz/adhd"'],
  BookingCta: ['href="tel:+15550100"'],
  // Closed panels stay mounted, so the HTML holds every answer.
  Faq: ['Yes, always.', 'application/ld+json'],
};

/** The calm theme's text colour (`--clinic-color-text`), as getComputedStyle reports it. */
export const calmText = 'rgb(28, 38, 48)';
