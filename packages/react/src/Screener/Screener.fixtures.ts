// Sample wording the Clinic UI team wrote for stories and tests. It is deliberately NOT any
// instrument's wording: clinics paste the official form (and its notice) themselves.
import type { ScreenerItem } from './Screener';

const answers = {
  en: [
    'Sample answer: never',
    'Sample answer: some days',
    'Sample answer: most days',
    'Sample answer: every day',
  ],
  es: [
    'Respuesta de ejemplo: nunca',
    'Respuesta de ejemplo: algunos días',
    'Respuesta de ejemplo: la mayoría de los días',
    'Respuesta de ejemplo: todos los días',
  ],
} as const;

/** `count` sample items valued 0-3; with `selfHarmItem`, that one says it stands for it. */
export function sampleItems(
  count: number,
  { locale = 'en', selfHarmItem }: { locale?: 'en' | 'es'; selfHarmItem?: number } = {},
): ScreenerItem[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const question =
      locale === 'es'
        ? `Pregunta de ejemplo ${n}${n === selfHarmItem ? ' (en lugar de la pregunta sobre hacerse daño)' : ''}: aquí va el texto oficial.`
        : `Sample question ${n}${n === selfHarmItem ? ' (stands in for the self-harm item)' : ''}: the official wording goes here.`;
    return {
      question,
      options: answers[locale].map((label, value) => ({ value, label })),
    };
  });
}

/** The tenth, unscored PHQ-9 question, in sample wording. */
export const sampleUnscoredItem: ScreenerItem = {
  question: 'Sample question 10 (unscored): the official wording goes here.',
  options: [
    'Sample: not hard',
    'Sample: a bit hard',
    'Sample: very hard',
    'Sample: extremely hard',
  ].map((label, value) => ({ value, label })),
};

export const sampleNotice =
  'Sample notice: the developers’ notice from the official form goes here, unchanged.';
