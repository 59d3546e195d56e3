import type { Meta, StoryObj } from '@storybook/react-vite';
import { KeyTakeaways } from './KeyTakeaways';

/**
 * A short summary at the top of an article. Use 3 to 7 points of one sentence each; lead each
 * with the idea, not the qualifier. The heading defaults to the locale's "Key takeaways".
 */
const meta = {
  title: 'Blocks/KeyTakeaways',
  component: KeyTakeaways,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: {
    points: [
      'Medication and talk therapy both work; many people do best with the two together.',
      'Medication acts on brain chemistry; therapy builds new ways of thinking and coping.',
      'Mild symptoms often respond to therapy alone.',
      'Your care team can help you weigh the options for your situation.',
    ],
  },
} satisfies Meta<typeof KeyTakeaways>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Typical: Story = {};

export const Spanish: Story = {
  args: {
    locale: 'es',
    points: [
      'La medicación y la terapia funcionan; muchas personas mejoran más con ambas.',
      'La terapia enseña nuevas formas de pensar y afrontar.',
      'Tu equipo de atención te ayuda a decidir.',
    ],
  },
};
