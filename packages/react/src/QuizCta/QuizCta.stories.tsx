import type { Meta, StoryObj } from '@storybook/react-vite';
import { QuizCta } from './QuizCta';

/**
 * A card inviting the reader to a self-screening quiz: "Could it be ADHD? Take our quiz". Use it
 * after a section that describes symptoms, or group several with `QuizCtaGroup`.
 *
 * **Content:** name the condition as readers would ("ADHD", "anxiety"); keep the optional text to
 * one or two sentences saying how long the quiz takes and that it is not a diagnosis. The link
 * text defaults to "Take the quiz".
 *
 * **Behaviour:** the link is a real `<a>`, styled as the primary action. `onCtaClick` receives
 * `{ condition, href }` only, for the site's own analytics; it never stops navigation. An unsafe
 * or missing `href` leaves the card without a link and logs a warning naming `QuizCta` and `href`.
 *
 * **Accessibility:** set `headingLevel` to fit the page outline; the link is at least 44px tall
 * and shows a focus ring.
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
      'This screening asks about intrusive thoughts, repeated checking, and routines that feel hard to stop. It takes about five minutes, it is not a diagnosis, and you can share the result with a clinician at Harbor Light Clinic if you would like to talk it through.',
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
