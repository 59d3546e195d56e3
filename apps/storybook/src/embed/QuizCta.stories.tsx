import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmbedExample, expectWidgetsRendered } from './EmbedExample';
import { embedParameters } from './embedPage';

/**
 * `<clinic-quiz-cta>`: a card inviting readers to a self-screening quiz ("Could it be ADHD? Take
 * our quiz"). Put it after a section that describes symptoms.
 *
 * **Paste:** set `href` to your quiz page (required) and `condition` to what it screens for; the
 * optional text inside says how long it takes and that it is not a diagnosis. A click sends a
 * `clinic-cta-click` event your analytics can listen for; nothing about the reader is in it.
 *
 * **Several quizzes side by side:** put the cards inside `<clinic-quiz-cta-group>`. They sit in a
 * row as wide as fits and stack on phones, announced as one list ("Self-screening quizzes", or your
 * own `label`).
 */
const meta = {
  title: 'Embed/clinic-quiz-cta',
  component: EmbedExample,
  tags: ['autodocs'],
  parameters: embedParameters('clinic-quiz-cta', 'clinic-quiz-cta-group'),
  play: expectWidgetsRendered,
} satisfies Meta<typeof EmbedExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Typical: Story = {
  args: {
    html: `<clinic-quiz-cta condition="ADHD" href="/quizzes/adhd">
  Twelve questions about focus and restlessness. About 3 minutes; not a diagnosis.
</clinic-quiz-cta>`,
  },
};

/** Your own heading and link text. */
export const CustomHeadingAndLabel: Story = {
  args: {
    html: `<clinic-quiz-cta
  condition="anxiety"
  href="/quizzes/anxiety"
  heading="Does worry get in the way of your day?"
  label="Start the anxiety check"
>
  Seven questions. Your answers stay on your device.
</clinic-quiz-cta>`,
  },
};

/** `lang="es"`: Spanish heading and link text. */
export const Spanish: Story = {
  args: {
    html: `<clinic-quiz-cta lang="es" condition="TDAH" href="/cuestionarios/tdah">
  Doce preguntas sobre atención e inquietud. Unos 3 minutos.
</clinic-quiz-cta>`,
  },
};

/** `<clinic-quiz-cta-group>`: several quizzes side by side, as one labelled list. */
export const SideBySide: Story = {
  args: {
    html: `<clinic-quiz-cta-group>
  <clinic-quiz-cta condition="ADHD" href="/quizzes/adhd">
    Twelve questions about focus. About 3 minutes.
  </clinic-quiz-cta>
  <clinic-quiz-cta condition="anxiety" href="/quizzes/anxiety">
    Seven questions about worry. About 2 minutes.
  </clinic-quiz-cta>
  <clinic-quiz-cta condition="low mood" href="/quizzes/mood">
    Nine questions about mood. About 3 minutes.
  </clinic-quiz-cta>
</clinic-quiz-cta-group>`,
  },
};
