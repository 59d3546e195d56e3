import type { ComparisonCriterion, ComparisonOption } from './ComparisonTable';

// Sample content for stories and tests, written for a fictional clinic: example copy, not medical
// advice. It is not exported from the package entry, so it never ships in dist.
//
// Every label and value is plain text, so tests can find each cell by its text.

/** An option whose label is plain text. */
export type SampleOption = ComparisonOption & { label: string };

/** A criterion whose label and values are plain text. */
export type SampleCriterion = ComparisonCriterion & {
  label: string;
  values: Record<string, string>;
};

/** The caption of the sample comparison. */
export const sampleCaption = 'Treatment options for depression';

/** Three options: the columns of the typical comparison. */
export const sampleOptions: readonly SampleOption[] = [
  { id: 'medication', label: 'Medication' },
  { id: 'therapy', label: 'Psychotherapy' },
  { id: 'combined', label: 'Combined care' },
];

/** Six criteria, each with a value for every option: the rows of the typical comparison. */
export const sampleCriteria: readonly SampleCriterion[] = [
  {
    id: 'how',
    label: 'How it works',
    values: {
      medication: 'Adjusts the chemical signals that shape mood and energy.',
      therapy: 'Regular sessions to notice thought patterns and practise new responses.',
      combined: 'A prescriber and a therapist work from one shared plan.',
    },
  },
  {
    id: 'examples',
    label: 'Examples',
    values: {
      medication: 'SSRIs, SNRIs, bupropion',
      therapy: 'CBT, interpersonal therapy, behavioural activation',
      combined: 'An SSRI alongside weekly CBT',
    },
  },
  {
    id: 'suited',
    label: 'Suited for',
    values: {
      medication: 'Moderate to severe symptoms, or when therapy is hard to reach',
      therapy: 'Mild to moderate symptoms, and people who prefer not to take medicine',
      combined: 'Severe or long-lasting symptoms, or when one approach alone has stalled',
    },
  },
  {
    id: 'time',
    label: 'Time to benefit',
    values: {
      medication: 'Usually 4 to 8 weeks',
      therapy: 'Often 8 to 16 weekly sessions',
      combined: 'Often sooner than either alone',
    },
  },
  {
    id: 'side-effects',
    label: 'Side effects',
    values: {
      medication: 'Possible: upset stomach, sleep changes; most ease within weeks',
      therapy: 'Few; talking about hard topics can feel tiring at first',
      combined: 'Those of the medicine chosen',
    },
  },
  {
    id: 'durability',
    label: 'Durability',
    values: {
      medication: 'Symptoms may return if it is stopped too early',
      therapy: 'Skills tend to keep working after sessions end',
      combined: 'Lowest chance of relapse in many studies',
    },
  },
];

/** The sample criterion with id `id`. */
export function sampleCriterion(id: string): SampleCriterion {
  const criterion = sampleCriteria.find((candidate) => candidate.id === id);
  if (!criterion) throw new Error(`No sample criterion "${id}".`);
  return criterion;
}
