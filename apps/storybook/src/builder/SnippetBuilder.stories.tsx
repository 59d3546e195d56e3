import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { SnippetBuilder } from './SnippetBuilder';

/** The snippet builder (its docs page is **Embed / Snippet builder**). */
const meta = {
  title: 'Embed/Snippet builder',
  component: SnippetBuilder,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SnippetBuilder>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The builder with its starter content: both previews render the block, with no problem. */
export const Builder: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => {
      for (const theme of ['calm', 'warm']) {
        const element = canvasElement.querySelector(`[data-builder-preview="${theme}"] > *`);
        const block = element?.shadowRoot?.querySelector('[part="block"]');
        if (!block || block.hasAttribute('hidden') || block.childElementCount === 0)
          throw new Error(`the ${theme} preview has not rendered`);
      }
    });
    await expect(canvasElement.querySelector('[data-builder-problems="none"]')).not.toBeNull();
  },
};
