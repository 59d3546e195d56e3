import type { Meta, StoryObj } from '@storybook/react-vite';
import { QuizCta, QuizCtaGroup } from './QuizCta';
import { inContainer } from '../test/inContainer';

/**
 * Several `QuizCta` cards side by side, as many per row as fit at 16rem, one column on narrow
 * screens.
 *
 * **When to use:** where an article touches several conditions ("Not sure what you're feeling?"),
 * usually near its end. For one quiz, use `QuizCta` alone.
 *
 * **Content:** 2 to 4 cards (3 is ideal: one row on desktop); keep their texts about the same
 * length so the row looks even; order them by how likely readers of the page are to need them.
 *
 * **Accessibility:** the group is a list named "Self-screening quizzes" (override with `label`),
 * so screen readers announce how many quizzes there are. Give the cards a `headingLevel` one below
 * the section heading they sit under. Each card's link is its own tab stop.
 *
 * **Do:** put a section heading above the group saying why the quizzes are there.
 *
 * **Don't:** mix quiz cards with booking or newsletter cards in one group; put more than four in a
 * row.
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

/** Long headings and texts: the cards stay equal height and wrap inside. */
export const LongContent: Story = {
  args: {
    children: [
      <QuizCta
        key="ocd"
        condition="obsessive-compulsive disorder (OCD)"
        href="/quizzes/ocd"
        label="Take the free, confidential screening"
      >
        Intrusive thoughts, repeated checking and routines that feel hard to stop. About five
        minutes; it is not a diagnosis, and you can share the result with a clinician.
      </QuizCta>,
      <QuizCta key="ptsd" condition="post-traumatic stress (PTSD)" href="/quizzes/ptsd">
        Memories, sleep and feeling on edge. About four minutes.
      </QuizCta>,
      <QuizCta key="bipolar" condition="bipolar disorder" href="/quizzes/bipolar">
        Changes in mood, energy and sleep over time. About five minutes.
      </QuizCta>,
    ],
  },
};

/** Optional parts missing: two cards without text, default heading and link text. */
export const TwoQuizzesMinimal: Story = {
  args: {
    children: [
      <QuizCta key="adhd" condition="ADHD" href="/quizzes/adhd" />,
      <QuizCta key="anxiety" condition="anxiety" href="/quizzes/anxiety" />,
    ],
  },
};

/** In a 900px container: three cards in one row. */
export const WideContainer: Story = { ...ThreeQuizzes, decorators: [inContainer(900)] };
