import type { Viewport } from 'storybook/viewport';

/**
 * The widths the blocks are reviewed at: the smallest phone WCAG reflow asks for (320px), a common
 * phone, a tablet and a desktop. Stories pick one with `globals: { viewport: { value: 'phone320' } }`;
 * the story tests resize Chromium to the same size.
 */
export const viewports = {
  phone320: {
    name: 'Small phone (320px)',
    styles: { width: '320px', height: '640px' },
    type: 'mobile',
  },
  phone375: { name: 'Phone (375px)', styles: { width: '375px', height: '740px' }, type: 'mobile' },
  tablet: { name: 'Tablet (768px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: {
    name: 'Desktop (1280px)',
    styles: { width: '1280px', height: '900px' },
    type: 'desktop',
  },
} satisfies Record<string, Viewport>;

/** A viewport name, for `globals: { viewport: { value } }`. */
export type ViewportName = keyof typeof viewports;
