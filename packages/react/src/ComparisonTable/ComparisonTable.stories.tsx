import type { Meta, StoryObj } from '@storybook/react-vite';
import { inContainer } from '../test/inContainer';
import { ComparisonTable } from './ComparisonTable';
import { sampleCaption, sampleCriteria, sampleOptions } from './ComparisonTable.fixtures';

/**
 * Compares treatment options (columns) across criteria (rows), such as medication, psychotherapy
 * and combined care. One option may be marked as recommended.
 *
 * **When to use:** to help readers weigh two to four options side by side on the same criteria.
 * For one option, use prose; for more than four, split the comparison; for yes/no feature lists,
 * a plain list reads better.
 *
 * **Content:**
 * - 2 to 4 options and 3 to 7 criteria (the typical article has 3 options and 6 criteria: how it
 *   works, examples, suited for, time to benefit, side effects, durability).
 * - Keep each cell to a phrase or one short sentence, about 3 to 15 words (under 100
 *   characters); the narrow layout stacks every cell, so long cells make a long page.
 * - Give every option a value for every criterion (a missing one renders an empty cell and a
 *   development warning). Keep criteria in the same order across articles.
 * - The caption says what is compared ("Treatment options for depression"); it is required.
 * - Recommend an option (`highlight`) only when clinicians agree it fits most readers of the
 *   page; `highlightLabel` can soften the badge ("Often recommended").
 *
 * **Layout:** chosen by the width of the block's container, not the viewport: at 40rem and wider
 * it is a real `<table>` with a caption, column and row headers; narrower, it is an accordion with
 * one item per option (the recommended one opens first), each listing the criteria as a
 * description list. Both are in the markup; CSS shows exactly one. Long words wrap, so it never
 * scrolls sideways, even at 320px.
 *
 * **Accessibility:** the recommended option carries a text badge ("Recommended", or
 * `highlightLabel`), never colour alone; its column is also marked with a border and background.
 * The caption names the table (and the accordion's figure). Set `headingLevel` so the accordion's
 * item headings fit the page outline.
 *
 * **Do:** compare like with like; use the same units in a row ("4 to 8 weeks", not "a month or
 * two" beside "8 sessions"); link to fuller pages from the article text.
 *
 * **Don't:** put links or buttons in option labels (they become accordion triggers); use a
 * checkmark or colour as the only content of a cell; recommend an option without saying why in
 * the article.
 */
const meta = {
  title: 'Blocks/ComparisonTable',
  component: ComparisonTable,
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
  },
  args: {
    caption: sampleCaption,
    options: sampleOptions,
    criteria: sampleCriteria,
    highlight: 'combined',
  },
} satisfies Meta<typeof ComparisonTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three options, six criteria, combined care recommended (the highlighted option). */
export const Typical: Story = {};

/** The minimum: two options, three criteria, no recommendation, default labels. */
export const TwoOptions: Story = {
  args: {
    caption: 'Therapy formats',
    options: [
      { id: 'individual', label: 'One to one' },
      { id: 'group', label: 'Group' },
    ],
    criteria: [
      {
        id: 'size',
        label: 'Who is there',
        values: { individual: 'You and your therapist', group: 'Six to eight people' },
      },
      {
        id: 'pace',
        label: 'Pace',
        values: { individual: 'Set together', group: 'A fixed 8-week course' },
      },
      {
        id: 'wait',
        label: 'Typical wait',
        values: { individual: 'About a week', group: 'Next monthly start date' },
      },
    ],
    highlight: undefined,
  },
};

/** No option is recommended: no badge and no marked column. */
export const NoHighlight: Story = { args: { highlight: undefined } };

/** A custom badge and criterion header. */
export const CustomLabels: Story = {
  args: { highlight: 'therapy', highlightLabel: 'Our first choice', criterionHeader: 'Compare' },
};

/** Long labels, values and unbroken words still wrap inside their cells. */
export const LongContent: Story = {
  args: {
    caption:
      'How medication, psychotherapy and combined care compare for adults with moderate to severe depression, according to Fernhollow Clinic’s care team',
    options: [
      { id: 'medication', label: 'Antidepressant medication, prescribed and monitored' },
      { id: 'therapy', label: 'Cognitive behavioural psychotherapy (weekly)' },
      { id: 'combined', label: 'Combined medication and psychotherapy care' },
    ],
    criteria: [
      ...sampleCriteria.map((criterion) => ({
        ...criterion,
        values: Object.fromEntries(
          Object.entries(criterion.values).map(([key, value]) => [
            key,
            <>
              {value} Your clinician will talk through what this means for you, and you can change
              course at any point.
            </>,
          ]),
        ),
      })),
      {
        id: 'reading',
        label: 'Further reading',
        values: {
          medication: 'harborlight.example/guides/antidepressants-what-to-expect-first-eight-weeks',
          therapy: 'harborlight.example/guides/cognitive-behavioural-therapy-session-by-session',
          combined: 'harborlight.example/guides/combined-care-with-one-shared-treatment-plan',
        },
      },
    ],
  },
};

/** Spanish strings and content. */
export const Spanish: Story = {
  args: {
    locale: 'es',
    caption: 'Opciones de tratamiento para la depresión',
    options: [
      { id: 'medicacion', label: 'Medicación' },
      { id: 'terapia', label: 'Psicoterapia' },
      { id: 'combinada', label: 'Atención combinada' },
    ],
    criteria: [
      {
        id: 'como',
        label: 'Cómo funciona',
        values: {
          medicacion: 'Ajusta las señales químicas que influyen en el ánimo.',
          terapia: 'Sesiones para reconocer pensamientos y practicar respuestas nuevas.',
          combinada: 'Un médico y un terapeuta siguen un mismo plan.',
        },
      },
      {
        id: 'ejemplos',
        label: 'Ejemplos',
        values: {
          medicacion: 'ISRS, IRSN, bupropión',
          terapia: 'TCC, terapia interpersonal',
          combinada: 'Un ISRS junto con TCC semanal',
        },
      },
      {
        id: 'indicada',
        label: 'Indicada para',
        values: {
          medicacion: 'Síntomas moderados o graves',
          terapia: 'Síntomas leves o moderados',
          combinada: 'Síntomas graves o persistentes',
        },
      },
      {
        id: 'tiempo',
        label: 'Tiempo hasta notar mejoría',
        values: {
          medicacion: 'De 4 a 8 semanas',
          terapia: 'De 8 a 16 sesiones',
          combinada: 'A menudo antes que cada una por separado',
        },
      },
      {
        id: 'efectos',
        label: 'Efectos secundarios',
        values: {
          medicacion: 'Posibles molestias de estómago o de sueño',
          terapia: 'Pocos; al principio puede cansar',
          combinada: 'Los del medicamento elegido',
        },
      },
      {
        id: 'duracion',
        label: 'Duración del efecto',
        values: {
          medicacion: 'Los síntomas pueden volver si se deja pronto',
          terapia: 'Las habilidades siguen sirviendo al terminar',
          combinada: 'Menor riesgo de recaída',
        },
      },
    ],
    highlight: 'combinada',
  },
};

/** In a 320px container: the accordion, with the recommended option open. */
export const NarrowContainer: Story = { decorators: [inContainer(320)] };

/** In a 900px container: the table. */
export const WideContainer: Story = { decorators: [inContainer(900)] };

/** Long content in a 320px container: every cell wraps inside the accordion. */
export const NarrowLongContent: Story = { ...LongContent, decorators: [inContainer(320)] };

/** Spanish in a 320px container: the accordion with Spanish labels and badge. */
export const NarrowSpanish: Story = { ...Spanish, decorators: [inContainer(320)] };
