import { vars } from '@clinic-ui/tokens';
import { style } from '@vanilla-extract/css';
import { blockRoot, muted } from '../internal/styles.css';

/** Compact: no card chrome, a rule below so it reads as the article's header line. */
export const root = style([
  blockRoot,
  {
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.sm,
    paddingBlockEnd: vars.space.md,
    borderBlockEnd: `1px solid ${vars.color.border}`,
    '@media': {
      '(forced-colors: active)': { borderBlockEndColor: 'CanvasText' },
    },
  },
]);

/** Author and reviewer side by side, wrapping one under the other when narrow. */
export const people = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  columnGap: vars.space.lg,
  rowGap: vars.space.sm,
});

export const person = style({
  display: 'flex',
  alignItems: 'center',
  gap: vars.space.sm,
  margin: 0,
  minInlineSize: 0,
});

export const personText = style({ minInlineSize: 0 });

export const label = style([muted, { display: 'block' }]);

export const name = style({ fontWeight: vars.fontWeight.bold });

export const credentials = muted;

/** Fixed size, matching the width/height attributes, so the image never shifts the layout. */
export const avatar = style({
  flex: 'none',
  inlineSize: '2.5rem',
  blockSize: '2.5rem',
  borderRadius: vars.radius.pill,
  objectFit: 'cover',
  background: vars.color.surfaceRaised,
  border: `1px solid ${vars.color.border}`,
});

/** Dates and read time on one line that wraps between items, never inside one. */
export const meta = style([
  muted,
  {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: vars.space.md,
    rowGap: vars.space.xxs,
    margin: 0,
  },
]);

export const metaItem = style({ minInlineSize: 0 });
