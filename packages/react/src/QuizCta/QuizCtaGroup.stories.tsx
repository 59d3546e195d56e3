import type { Meta, StoryObj } from '@storybook/react-vite';
import { QuizCta, QuizCtaGroup } from './QuizCta';

/**
 * Several quiz cards side by side, as many per row as fit at 16rem, one column on narrow
 * screens. The group is a list named "Self-screening quizzes" (override with `label`), so screen
 * readers announce how many quizzes there are. Give the cards a `headingLevel` one below the
 * section heading they sit under.
 */
const meta = {
  title: 'Blocks/QuizCtaGroup',
  component: QuizCtaGroup,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: {
    children: (
      <>
        <QuizCta condition="ADHD" href="/quizzes/adhd">
          Focus, restlessness and follow-through. About 3 minutes.
        </QuizCta>
        <QuizCta condition="anxiety" href="/quizzes/anxiety">
          Worry, tension and sleep. About 2 minutes.
        </QuizCta>
        <QuizCta condition="depression" href="/quizzes/depression">
          Mood, energy and interest over the last two weeks. About 3 minutes.
        </QuizCta>
      </>
    ),
  },
} satisfies Meta<typeof QuizCtaGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three quizzes side by side: ADHD, anxiety and depression. */
export const ThreeQuizzes: Story = {
  args: {
    children: [
      <QuizCta key="adhd" condition="ADHD" href="/quizzes/adhd">
        Focus, restlessness and follow-through. About 3 minutes.
      </QuizCta>,
      <QuizCta key="anxiety" condition="anxiety" href="/quizzes/anxiety">
        Worry, tension and sleep. About 2 minutes.
      </QuizCta>,
      <QuizCta key="depression" condition="depression" href="/quizzes/depression">
        Mood, energy and interest over the last two weeks. About 3 minutes.
      </QuizCta>,
    ],
  },
};

/** At 320px the cards stack in one column with no horizontal scrolling. */
export const Narrow: Story = {
  ...ThreeQuizzes,
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: '320px' }}>
        <Story />
      </div>
    ),
  ],
};

export const Spanish: Story = {
  args: {
    locale: 'es',
    children: [
      <QuizCta key="tdah" locale="es" condition="TDAH" href="/cuestionarios/tdah" />,
      <QuizCta key="ansiedad" locale="es" condition="ansiedad" href="/cuestionarios/ansiedad" />,
      <QuizCta key="depresion" locale="es" condition="depresión" href="/cuestionarios/depresion" />,
    ],
  },
};

/** One card has an unsafe link: it shows without a button; the others are unaffected. */
export const UnsafeLink: Story = {
  args: {
    children: [
      <QuizCta key="adhd" condition="ADHD" href="/quizzes/adhd" />,
      <QuizCta key="anxiety" condition="anxiety" href="data:text/html,<script>alert(1)</script>" />,
      <QuizCta key="depression" condition="depression" href="/quizzes/depression" />,
    ],
  },
};
