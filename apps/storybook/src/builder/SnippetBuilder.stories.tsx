import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
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

/** What a marketer types is text: markup typed into a point shows as written and runs nothing. */
export const TypedMarkupStaysText: Story = {
  play: async ({ canvasElement }) => {
    // The first builder (story tests show every story once per theme).
    const builder = canvasElement.querySelector<HTMLElement>('[data-snippet-builder]')!;
    const points = within(builder).getByLabelText('Points');
    await userEvent.clear(points);
    await userEvent.type(points, 'Call <b>us</b> <img src=x onerror=alert(1)>');
    const preview = builder.querySelector('[data-builder-preview="calm"]')!;
    await waitFor(() => {
      const item = preview
        .querySelector('clinic-key-takeaways')
        ?.shadowRoot?.querySelector('[part="item"]');
      if (item?.textContent !== 'Call <b>us</b> <img src=x onerror=alert(1)>')
        throw new Error(`the point reads ${item?.textContent}`);
    });
    await expect(preview.querySelectorAll('img, b')).toHaveLength(0);
    await expect(builder.querySelector('[data-builder-snippet]')?.textContent).toContain(
      '<li>Call &lt;b&gt;us&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;</li>',
    );
  },
};
