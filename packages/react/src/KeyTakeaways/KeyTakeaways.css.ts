import { vars } from '@clinic-ui/tokens';
import { style } from '@vanilla-extract/css';
import { card } from '../internal/styles.css';
import { measures } from '../core/measures';

export const root = style([
  card,
  {
    borderInlineStart: `${measures.cardEdge} solid ${vars.color.accent}`,
  },
]);

export const list = style({
  margin: 0,
  paddingInlineStart: vars.space.lg,
  display: 'grid',
  gap: vars.space.sm,
});

export const item = style({
  paddingInlineStart: vars.space.xs,
  '::marker': { color: vars.color.brand, fontWeight: vars.fontWeight.bold },
});
