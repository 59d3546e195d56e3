import { vars } from '@clinic-ui/tokens';
import { globalStyle, style } from '@vanilla-extract/css';
import { measures } from '../core/measures';
import { card, focusRing } from '../internal/styles.css';

export const root = style([card, { display: 'flex', flexDirection: 'column', gap: vars.space.md }]);

export const title = style({ margin: 0 });

const stack = { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' } as const;

export const form = style({ ...stack, gap: vars.space.lg });

export const privacy = style({ margin: 0, fontWeight: vars.fontWeight.medium });

export const intro = style({ color: vars.color.text });
globalStyle(`${intro} > :first-child`, { marginBlockStart: 0 });
globalStyle(`${intro} > :last-child`, { marginBlockEnd: 0 });

export const plainList = style({ margin: 0, paddingInlineStart: vars.space.lg });

export const item = style({
  margin: 0,
  padding: 0,
  border: 0,
  minInlineSize: 0,
  inlineSize: '100%',
});

/** An unanswered item: a thick edge and a written message, never colour alone. */
export const itemError = style({
  borderInlineStart: `5px solid ${vars.color.danger}`,
  paddingInlineStart: vars.space.md,
});

export const legend = style({
  padding: 0,
  marginBlockEnd: vars.space.sm,
  fontSize: vars.fontSize.lg,
  fontWeight: vars.fontWeight.bold,
  lineHeight: vars.lineHeight.tight,
});

export const number = style({ fontVariantNumeric: 'tabular-nums' });

/** "Question 3 of 9", above the question (GOV.UK's caption). */
export const progress = style({
  display: 'block',
  marginBlockEnd: vars.space.xs,
  color: vars.color.textMuted,
  fontSize: vars.fontSize.md,
  fontWeight: vars.fontWeight.regular,
});

export const options = style({ ...stack, gap: vars.space.xs });

/** A whole option is the target: at least 44px tall. */
export const option = style({
  display: 'flex',
  alignItems: 'center',
  gap: vars.space.sm,
  minBlockSize: measures.touchTarget,
  cursor: 'pointer',
});

export const radio = style([
  focusRing,
  {
    inlineSize: '1.5rem',
    blockSize: '1.5rem',
    margin: 0,
    flexShrink: 0,
    accentColor: vars.color.brand,
  },
]);

export const errorMessage = style({
  margin: `0 0 ${vars.space.sm}`,
  color: vars.color.danger,
  fontWeight: vars.fontWeight.bold,
});

export const errorSummary = style([
  focusRing,
  {
    inlineSize: '100%',
    padding: vars.space.md,
    border: `5px solid ${vars.color.danger}`,
    borderRadius: vars.radius.sm,
    background: vars.color.surface,
  },
]);

export const errorTitle = style({
  margin: `0 0 ${vars.space.sm}`,
  fontSize: vars.fontSize.lg,
  fontWeight: vars.fontWeight.bold,
  color: vars.color.text,
});

export const errorList = style({ margin: 0, paddingInlineStart: vars.space.lg });
globalStyle(`${errorList} a`, { color: vars.color.danger, fontWeight: vars.fontWeight.bold });

/** Back and Start again: text buttons, underlined, at least 44px tall. */
export const secondary = style([
  focusRing,
  {
    minBlockSize: measures.touchTarget,
    padding: `0 ${vars.space.xs}`,
    border: 0,
    background: 'none',
    color: vars.color.brand,
    font: 'inherit',
    textDecoration: 'underline',
    textUnderlineOffset: '0.15em',
    cursor: 'pointer',
    borderRadius: vars.radius.sm,
  },
]);

export const back = style([secondary, { marginInlineStart: `calc(-1 * ${vars.space.xs})` }]);

export const notice = style({ margin: 0 });

export const result = style({ ...stack, gap: vars.space.sm });
globalStyle(`${result} > p`, { margin: 0 });

export const resultHeading = style({ margin: 0, ':focus': { outline: 'none' } });

export const score = style({ fontSize: vars.fontSize.lg, fontWeight: vars.fontWeight.bold });

export const band = style({ fontSize: vars.fontSize.lg, fontWeight: vars.fontWeight.bold });

export const crisis = style({
  inlineSize: '100%',
  padding: vars.space.md,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.sm,
  background: vars.color.surface,
});

/** Shown above the score: a heading and a thick edge mark it, not colour alone. */
export const crisisUrgent = style([
  crisis,
  {
    border: `3px solid ${vars.color.danger}`,
    borderInlineStartWidth: '8px',
    '@media': { '(forced-colors: active)': { borderColor: 'CanvasText' } },
  },
]);

export const crisisHeading = style({
  margin: `0 0 ${vars.space.sm}`,
  fontSize: vars.fontSize.lg,
  fontWeight: vars.fontWeight.bold,
  lineHeight: vars.lineHeight.tight,
});
globalStyle(`${crisis} p`, { margin: `0 0 ${vars.space.sm}` });

export const crisisList = style({ margin: 0, paddingInlineStart: vars.space.lg });
globalStyle(`${crisisList} li + li`, { marginBlockStart: vars.space.xs });
