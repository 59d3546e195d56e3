// The pages rsc.test.ts renders as server components (plain createElement: no JSX in .mjs).
export const pages = {
  // Only server-safe blocks: they must reference no client module at all.
  static: (h, { KeyTakeaways, Byline, QuizCtaGroup, QuizCta, BookingCta }) =>
    h(
      'main',
      null,
      h(KeyTakeaways, { points: ['Sleep shapes mood.', 'Routines help.', 'Ask for support.'] }),
      h(Byline, {
        author: { name: 'Mara Quell', credentials: 'MD', url: '/team/mara-quell' },
        published: '2026-03-04',
        readMinutes: 4,
        structuredData: true,
        locale: 'es',
      }),
      h(QuizCtaGroup, null, h(QuizCta, { condition: 'ADHD', href: '/quiz/adhd' })),
      h(BookingCta, { href: '/book', phone: '+1 555 0100', accepting: true }),
    ),
  // The FAQ and the comparison table: server-rendered, with the accordion as a client island.
  interactive: (h, { Faq, ComparisonTable }) =>
    h(
      'main',
      null,
      h(Faq, {
        items: [{ question: 'Is it private?', answer: 'Yes, always.' }],
        structuredData: true,
      }),
      h(ComparisonTable, {
        caption: 'Care options',
        options: [
          { id: 'meds', label: 'Medication' },
          { id: 'talk', label: 'Talk therapy' },
        ],
        criteria: [{ id: 'how', label: 'How', values: { meds: 'Chemistry', talk: 'Skills' } }],
      }),
    ),
  // A provider is a client component; the server block inside it reads its own prop.
  provider: (h, { ClinicLocaleProvider, KeyTakeaways }) =>
    h(ClinicLocaleProvider, { locale: 'es' }, h(KeyTakeaways, { points: ['Uno.'], locale: 'es' })),
  // An event handler cannot cross from the server to the browser.
  handler: (h, { QuizCta }) => h(QuizCta, { href: '/quiz', onCtaClick: () => {} }),
};
