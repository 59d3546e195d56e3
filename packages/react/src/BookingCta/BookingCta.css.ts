import { vars } from '@clinic-ui/tokens';
import { globalStyle, style } from '@vanilla-extract/css';
import { ctaCard, muted } from '../internal/styles.css';
import { measures } from '../core/measures';

export const root = style([
  ctaCard,
  { borderInlineStart: `${measures.cardEdge} solid ${vars.color.brand}` },
]);

export const heading = style({ margin: 0 });

/** Success colour AND a check mark, so the status is never told by colour alone. */
export const status = style({
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space.xs,
  margin: 0,
  color: vars.color.success,
  fontWeight: vars.fontWeight.bold,
  fontSize: vars.fontSize.sm,
});

export const statusIcon = style({
  flex: 'none',
  inlineSize: '1.25em',
  blockSize: '1.25em',
});

/** "Locations" then the places on one line, wrapping between places on narrow widths. */
export const locations = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'baseline',
  columnGap: vars.space.sm,
  rowGap: vars.space.xxs,
});

export const locationsLabel = style([muted, { fontWeight: vars.fontWeight.bold }]);

export const locationList = style({
  display: 'flex',
  flexWrap: 'wrap',
  columnGap: vars.space.sm,
  rowGap: vars.space.xxs,
  listStyle: 'none',
  margin: 0,
  padding: 0,
});

export const location = style({
  selectors: {
    // A dot after every place but the last (so a wrapped line never starts with one); its alt
    // text is empty, so screen readers skip it.
    '&:not(:last-child)::after': {
      content: '"·" / ""',
      marginInlineStart: vars.space.sm,
      color: vars.color.textMuted,
    },
  },
});

export const actions = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  columnGap: vars.space.lg,
  rowGap: vars.space.sm,
  maxInlineSize: '100%',
});

export const action = style({ maxInlineSize: '100%' });

/** The phone link: a text link with enough height to be an easy target. */
export const phone = style({
  display: 'inline-flex',
  alignItems: 'center',
  minBlockSize: measures.touchTarget,
});

/** The short text; a paragraph inside it adds no extra space above or below. */
export const body = style({ color: vars.color.text });
globalStyle(`${body} > :first-child`, { marginBlockStart: 0 });
globalStyle(`${body} > :last-child`, { marginBlockEnd: 0 });
