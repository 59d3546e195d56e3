import type { Meta, StoryObj } from '@storybook/react-vite';
import { QuizCta } from './QuizCta';
import { inContainer } from '../test/inContainer';

/**
 * A card inviting the reader to a self-screening quiz: "Could it be ADHD? Take our quiz".
 *
 * **When to use:** after a section that describes symptoms, when the clinic has a quiz for that
 * condition. For several conditions, group the cards with `QuizCtaGroup`. Don't use it to book
 * appointments (that is `BookingCta`) or for quizzes that are not screening tools.
 *
 * **Content:**
 * - Name the condition as readers would ("ADHD", "anxiety", "depression"): one to three words.
 * - The optional text is one or two sentences (under about 120 characters): how long the quiz
 *   takes, and that it is not a diagnosis.
 * - The link text defaults to "Take the quiz"; a custom `label` must still say where it goes.
 *
 * **Behaviour:** the link is a real `<a>`, styled as the primary action. `onCtaClick` receives
 * `{ condition, href }` only, for the site's own analytics; it never stops navigation. An unsafe
 * or missing `href` leaves the card without a link and logs a warning naming `QuizCta` and `href`.
 *
 * **Accessibility:** set `headingLevel` to fit the page outline; the link is at least 44px tall
 * and shows a focus ring; the heading, not colour, tells what the card is.
 *
 * **Do:** say how long the quiz takes and that answers stay private if they do.
 *
 * **Don't:** promise a diagnosis; use alarming wording ("You may have ADHD!"); put more than one
 * link in the card.
 */
const meta = {
  title: 'Blocks/QuizCta',
  component: QuizCta,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: {
    condition: 'ADHD',
    href: '/quizzes/adhd',
    children: 'Twelve questions about focus, restlessness and follow-through. About 3 minutes.',
  },
} satisfies Meta<typeof QuizCta>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Typical: Story = {};

/** No condition and no text: the generic heading and the default link text. */
export const OptionalPartsMissing: Story = {
  args: { condition: undefined, children: undefined },
};

export const CustomHeadingAndLabel: Story = {
  args: {
    condition: 'anxiety',
    href: '/quizzes/anxiety',
    heading: 'Does worry get in the way of your day?',
    label: 'Start the anxiety check',
    children: 'Seven questions. Your answers stay on your device.',
  },
};

export const LongContent: Story = {
  args: {
    condition: 'obsessive-compulsive disorder (OCD) or a related condition',
    label: 'Take the free, confidential screening questionnaire now',
    children:
      'This screening asks about intrusive thoughts, repeated checking, and routines that feel hard to stop. It takes about five minutes, it is not a diagnosis, and you can share the result with a clinician at Fernhollow Clinic if you would like to talk it through.',
  },
};

export const Spanish: Story = {
  args: {
    locale: 'es',
    condition: 'TDAH',
    href: '/cuestionarios/tdah',
    children: 'Doce preguntas sobre atención e inquietud. Unos 3 minutos.',
  },
};

/** An unsafe `href` (`javascript:`): the card still reads, without a link; the console says why. */
export const UnsafeLink: Story = {
  args: { href: 'javascript:alert(1)' },
};

/** In a 320px container: the heading wraps and the link spans the card. */
export const NarrowContainer: Story = { decorators: [inContainer(320)] };

/** In a 900px container. */
export const WideContainer: Story = { decorators: [inContainer(900)] };
