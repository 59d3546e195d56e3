import { vars } from '@clinic-ui/tokens';
import { globalStyle, style } from '@vanilla-extract/css';
import { ctaCard } from '../internal/styles.css';
import { measures } from '../core/measures';

/** A card whose action sits at the bottom, so cards side by side line their buttons up. */
export const root = style([
  ctaCard,
  { borderBlockStart: `${measures.quizEdge} solid ${vars.color.accent}` },
]);

export const heading = style({ margin: 0 });

export const action = style({ marginBlockStart: 'auto', maxInlineSize: '100%' });

/** The cards side by side, as many per row as fit; one column on narrow screens. */
export const group = style({
  display: 'grid',
  gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, ${measures.quizCardMinRem}rem), 1fr))`,
  gap: vars.space.md,
  listStyle: 'none',
  margin: 0,
  padding: 0,
});

/** A grid cell, so the card inside stretches to the row's height. */
export const groupItem = style({ display: 'grid', minInlineSize: 0 });

/** The short text; a paragraph inside it adds no extra space above or below. */
export const body = style({ color: vars.color.text });
globalStyle(`${body} > :first-child`, { marginBlockStart: 0 });
globalStyle(`${body} > :last-child`, { marginBlockEnd: 0 });
