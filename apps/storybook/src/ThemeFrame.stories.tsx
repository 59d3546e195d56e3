import { builtInThemeNames, builtInThemes, themeClassName } from '@clinic-ui/tokens';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

/** The colour `color` computes to, as `getComputedStyle` reports it. */
function computedColour(color: string): string {
  const probe = document.createElement('div');
  probe.style.backgroundColor = color;
  document.body.append(probe);
  const computed = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return computed;
}

/**
 * Checks the toolbar's theme decorator (`.storybook/preview.tsx`): in the story tests, every story
 * renders once per built-in theme, each frame carrying the theme's class and painted with its
 * surface, so one axe-core pass covers every theme. Hidden from the sidebar and the docs.
 */
const meta = {
  title: 'Foundations/Theme frames',
  tags: ['!dev', '!autodocs'],
  render: () => <p>Text on the theme’s surface.</p>,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** In the story tests: one frame per built-in theme, side by side, each on its own surface. */
export const EveryThemeInStoryTests: Story = {
  play: async ({ canvasElement }) => {
    if (!import.meta.env.VITEST_STORYBOOK) return;
    // dark included: every story's axe-core run covers it too.
    await expect([...builtInThemeNames]).toEqual(['calm', 'warm', 'dark']);
    for (const name of builtInThemeNames) {
      const frames = canvasElement.querySelectorAll(`.${themeClassName(name)}`);
      await expect(frames).toHaveLength(1);
      await expect(frames[0]).toHaveTextContent('Text on the theme’s surface.');
      await expect(getComputedStyle(frames[0]!).backgroundColor).toBe(
        computedColour(builtInThemes[name].color.surface),
      );
    }
  },
};

/**
 * A story wider than its column widens its own frame instead of spilling onto the page, so its
 * text stays on its theme's surface (dark text on white would hide a failing dark theme, and
 * light text on white fails).
 */
export const WideStoryStaysOnItsSurface: Story = {
  render: () => <p style={{ inlineSize: '900px', margin: 0 }}>A story 900 pixels wide.</p>,
  play: async ({ canvasElement }) => {
    if (!import.meta.env.VITEST_STORYBOOK) return;
    for (const name of builtInThemeNames) {
      const frame = canvasElement.querySelector(`.${themeClassName(name)}`)!;
      const text = frame.querySelector('p')!.getBoundingClientRect();
      const box = frame.getBoundingClientRect();
      await expect(text.left).toBeGreaterThanOrEqual(box.left);
      await expect(text.right).toBeLessThanOrEqual(box.right);
    }
  },
};
