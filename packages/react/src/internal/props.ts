import type { ComponentPropsWithoutRef, JSX } from 'react';

/** The props every block with built-in strings shares. */
export interface ClinicLocaleProps {
  /** Language of the built-in strings (`en`, `es`, …); defaults to the provider's, then `en`. */
  locale?: string;
}

/**
 * The base of every block's props: the HTML attributes of its root element (`Root`), passed
 * through to that root: `className` (added to the block's own), `style`, `id`, `data-*`,
 * `aria-*`, event handlers and the rest. `children` and `dangerouslySetInnerHTML` are left out,
 * since the block draws the root's content itself, and so is each attribute in `Replaced`, which
 * the block defines its own way. The block's ref is that root element.
 */
export type ClinicBlockProps<
  Root extends keyof JSX.IntrinsicElements,
  Replaced extends string = never,
> = Omit<ComponentPropsWithoutRef<Root>, Replaced | 'children' | 'dangerouslySetInnerHTML'>;
