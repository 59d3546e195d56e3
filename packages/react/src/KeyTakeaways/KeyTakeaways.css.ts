import { vars } from '@clinic-ui/tokens';
import { style } from '@vanilla-extract/css';
import { card } from '../internal/styles.css';

export const root = style([
  card,
  {
    borderInlineStart: `6px solid ${vars.color.accent}`,
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
