import type { Meta, StoryObj } from '@storybook/react-vite';
import { inContainer } from '../test/inContainer';
import { Faq } from './Faq';
import { longQuestion, sampleQuestions as questions } from './Faq.fixtures';

/**
 * Frequently asked questions on the branded `Accordion`, with optional schema.org `FAQPage`
 * JSON-LD.
 *
 * **When to use:** near the end of an article or service page, for the practical questions
 * readers ask before booking (referrals, insurance, telehealth, what happens at a first visit).
 * Don't use it for the article's main content or for one question (write a paragraph instead).
 *
 * **Content:**
 * - 3 to 8 questions; write them the way readers ask them, in the first person ("Do I need a
 *   referral?"), under about 80 characters.
 * - Answer the question in the first sentence; keep answers to 1 to 3 short paragraphs (about
 *   40 to 80 words) and link to fuller pages.
 * - The heading defaults to the locale's "Frequently asked questions" at level 2; each question is
 *   one level below. Readers may open several answers (`type="multiple"`, the default).
 *
 * **Structured data:** with `structuredData`, items whose question and answer are plain strings
 * (or that give `questionText`/`answerText`) are emitted as FAQPage JSON-LD, safely serialised.
 * Use it for one FAQ per page, and only for questions the clinic itself answers.
 *
 * **Accessibility:** a region named by its heading; each question is a button in a heading, with
 * the accordion's keyboard support (Enter/Space, arrows, Home/End). Closed answers stay in the
 * server-rendered HTML (with `hidden`), so search engines read every answer.
 *
 * **Do:** include "What if I am in crisis?" with an emergency number on clinic pages.
 *
 * **Don't:** hide prices or eligibility rules readers need before booking only inside a closed
 * answer; stuff questions with keywords.
 */
const meta = {
  title: 'Blocks/Faq',
  component: Faq,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { items: questions },
} satisfies Meta<typeof Faq>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Typical: Story = {};

/** The first answer open on first render. */
export const DefaultOpen: Story = {
  args: {
    defaultValue: '0',
    items: [questions[0]!, { ...questions[1]!, defaultOpen: true }, ...questions.slice(2)],
  },
};

/** One answer at a time: opening a question closes the other. */
export const Single: Story = {
  args: { type: 'single', defaultValue: '1' },
};

/** Several answers open at once (the default mode). */
export const Multiple: Story = {
  args: { type: 'multiple', defaultValue: ['0', '2'] },
};

/** A long question wraps; a long answer holds paragraphs, a list and a link. */
export const LongContent: Story = {
  args: {
    defaultValue: '0',
    items: [longQuestion, ...questions],
  },
};

/** With schema.org FAQPage JSON-LD emitted inside the block (not visible). */
export const WithStructuredData: Story = {
  args: { structuredData: true },
};

/** A custom heading at level 3, so the questions are h4. */
export const CustomHeading: Story = {
  args: { heading: 'Before your first visit', headingLevel: 3 },
};

/** Spanish built-in heading ("Preguntas frecuentes") with Spanish content. */
export const Spanish: Story = {
  decorators: [
    (Story) => (
      <div lang="es">
        <Story />
      </div>
    ),
  ],
  args: {
    locale: 'es',
    structuredData: true,
    items: [
      {
        question: '¿Necesito una derivación para la primera cita?',
        answer: 'No. Puede reservar directamente; le avisamos si su seguro la exige.',
      },
      {
        question: '¿Aceptan seguros médicos?',
        answer:
          'Trabajamos con la mayoría de los planes y confirmamos su cobertura antes de la cita.',
      },
      {
        question: '¿Puedo tener las sesiones por videollamada?',
        answer: 'Sí. Todo el equipo ofrece sesiones seguras por video.',
      },
    ],
  },
};

/** Optional parts missing: two plain questions, default heading, nothing open, no structured data. */
export const OptionalPartsMissing: Story = {
  args: { items: questions.slice(0, 2) },
};

/** In a 320px container: questions wrap beside the chevron. */
export const NarrowContainer: Story = {
  args: { defaultValue: '0' },
  decorators: [inContainer(320)],
};

/** In a 900px container. */
export const WideContainer: Story = {
  args: { defaultValue: '0' },
  decorators: [inContainer(900)],
};
