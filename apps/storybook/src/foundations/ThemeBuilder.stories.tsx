import { builtInThemes } from '@clinic-ui/tokens';
import { fromDtcg } from '@clinic-ui/tokens/dtcg';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, waitFor, within } from 'storybook/test';
import { ThemeBuilder } from './ThemeBuilder';

/**
 * Build a clinic's theme in the browser. Pick a base theme and change any colour role: the blocks
 * below redraw at once, and the table measures every colour pair the blocks draw, with its WCAG
 * ratio and whether it passes AA. Copy the result out as CSS variables (for a stylesheet or a CMS),
 * as a `createClinicTheme` call (for a React app; it throws if a pair fails), or as DTCG JSON (for
 * Figma, Tokens Studio or Style Dictionary; `createClinicTheme` reads it back).
 *
 * The builder measures with the same `createClinicTheme` an app calls, so what passes here passes
 * there.
 */
const meta = {
  title: 'Foundations/Theme builder',
  component: ThemeBuilder,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  // The builder shows its own theme: one copy, in the page's default frame.
  globals: { theme: 'calm' },
} satisfies Meta<typeof ThemeBuilder>;

export default meta;
type Story = StoryObj<typeof meta>;

const colour = (value: string) => {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
};

export const Builder: Story = {
  name: 'Theme builder',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const preview = canvasElement.querySelector<HTMLElement>('[data-preview]')!;
    const action = () => preview.querySelector('a[href="#book"]')!;
    const output = (title: string) =>
      canvasElement.querySelector<HTMLTextAreaElement>(`[data-copy-out="${title}"]`)!.value;
    const brand = canvasElement.querySelector<HTMLInputElement>('input[name="brand"]')!;

    await step('starts from calm, every pair passing', async () => {
      await expect(canvas.getByText('Every pair passes WCAG AA')).toBeVisible();
      await expect(getComputedStyle(action()).backgroundColor).toBe(
        colour(builtInThemes.calm.color.brand),
      );
    });

    await step('a new brand colour redraws the blocks and every copy-out', async () => {
      await fireEvent.input(brand, { target: { value: '#5b3f8c' } });
      await waitFor(() =>
        expect(getComputedStyle(action()).backgroundColor).toBe(colour('#5b3f8c')),
      );
      await expect(output('CSS variables')).toContain('--clinic-color-brand: #5b3f8c;');
      await expect(output('createClinicTheme call')).toContain('"brand": "#5b3f8c"');
      const dtcg = fromDtcg(JSON.parse(output('DTCG JSON')));
      await expect(dtcg.color?.brand).toBe('#5b3f8c');
    });

    await step('a brand too light fails its pairs, each shown with its ratio', async () => {
      await fireEvent.input(brand, { target: { value: '#b39ddb' } });
      const row = await canvas.findByRole('rowheader', { name: 'onBrand on brand' });
      const cells = within(row.closest('tr')!).getAllByRole('cell');
      await expect(cells[0]).toHaveTextContent(/^\d\.\d\d:1$/);
      await expect(cells[2]).toHaveTextContent('Fail');
      await expect(canvas.getByText(/pair\(s\) fail WCAG AA/)).toBeVisible();
    });

    await step('the dark base starts from dark', async () => {
      await fireEvent.change(canvas.getByLabelText('Base theme'), { target: { value: 'dark' } });
      await waitFor(() =>
        expect(getComputedStyle(action()).backgroundColor).toBe(
          colour(builtInThemes.dark.color.brand),
        ),
      );
      await expect(canvas.getByText('Every pair passes WCAG AA')).toBeVisible();
      await expect(output('createClinicTheme call')).toContain("base: 'dark'");
    });
  },
};
