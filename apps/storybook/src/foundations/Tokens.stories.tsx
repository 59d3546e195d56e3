import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  ColourSwatches,
  ContrastTable,
  InBothThemes,
  ShapeAndMotion,
  SpacingScale,
  TypeScale,
} from './TokenTables';

/**
 * The design tokens of `@clinic-ui/tokens`, shown in both built-in themes. Every value and every
 * contrast ratio on this page is read from the package itself, so it cannot drift from what ships.
 */
const meta = {
  title: 'Foundations/Tokens',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Colours: Story = {
  render: () => <InBothThemes render={(theme) => <ColourSwatches theme={theme} />} />,
};

/** Each pair the blocks draw, measured with the WCAG 2.x formula: 4.5:1 for text, 3:1 for UI parts. */
export const Contrast: Story = {
  render: () => <InBothThemes render={(theme) => <ContrastTable theme={theme} />} />,
};

export const Typography: Story = {
  render: () => <InBothThemes render={(theme) => <TypeScale theme={theme} />} />,
};

export const Spacing: Story = {
  render: () => <InBothThemes render={(theme) => <SpacingScale theme={theme} />} />,
};

export const RadiiShadowsAndMotion: Story = {
  name: 'Radii, shadows and motion',
  render: () => <InBothThemes render={(theme) => <ShapeAndMotion theme={theme} />} />,
};
