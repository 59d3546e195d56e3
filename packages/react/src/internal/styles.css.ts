import { vars } from '@clinic-ui/tokens';
import { globalStyle, style } from '@vanilla-extract/css';
import { measures } from '../core/measures';

/**
 * Styles every block shares. Blocks compose these instead of restating them, and use only theme
 * variables: no literal colours.
 */

const focusVisible = {
  outline: `3px solid ${vars.color.focusRing}`,
  outlineOffset: '2px',
};

/** The root of every block: theme font and colour, so it reads right on any host page. */
export const blockRoot = style({
  boxSizing: 'border-box',
  fontFamily: vars.font.body,
  fontSize: vars.fontSize.md,
  lineHeight: vars.lineHeight.normal,
  color: vars.color.text,
  maxInlineSize: '100%',
  overflowWrap: 'break-word',
});

globalStyle(`${blockRoot} *, ${blockRoot} *::before, ${blockRoot} *::after`, {
  boxSizing: 'border-box',
});

// Links inside content (points, answers, cells: from props or from a widget's light DOM) carry
// no class of ours; they still get the brand colour, an underline and the focus ring.
globalStyle(`${blockRoot} a:not([class])`, {
  color: vars.color.brand,
  textDecoration: 'underline',
  textUnderlineOffset: '0.15em',
  borderRadius: vars.radius.sm,
});

globalStyle(`${blockRoot} a:not([class]):focus-visible`, focusVisible);

/** A raised, outlined card. */
export const card = style([
  blockRoot,
  {
    background: vars.color.surfaceRaised,
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.md,
    padding: vars.space.lg,
    '@media': {
      // Forced colours drop backgrounds: keep the outline so the card stays a card.
      '(forced-colors: active)': { borderColor: 'CanvasText' },
    },
  },
]);

/** A call-to-action card: heading, text and action stacked, each block left-aligned. */
export const ctaCard = style([
  card,
  {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: vars.space.md,
  },
]);

export const heading = style({
  fontFamily: vars.font.heading,
  fontSize: vars.fontSize.xl,
  fontWeight: vars.fontWeight.bold,
  lineHeight: vars.lineHeight.tight,
  color: vars.color.text,
  margin: `0 0 ${vars.space.md}`,
});

/** A text link in brand colour, underlined so it is not told by colour alone. */
export const link = style({
  color: vars.color.brand,
  textDecoration: 'underline',
  textUnderlineOffset: '0.15em',
  borderRadius: vars.radius.sm,
  ':hover': { textDecorationThickness: '2px' },
  ':focus-visible': focusVisible,
});

/** The primary call-to-action link, drawn as a button. At least 44px tall (WCAG 2.5.5 target). */
export const primaryAction = style({
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  minBlockSize: measures.touchTarget,
  paddingBlock: vars.space.sm,
  paddingInline: vars.space.lg,
  borderRadius: vars.radius.pill,
  border: '2px solid transparent',
  background: vars.color.brand,
  color: vars.color.onBrand,
  fontFamily: vars.font.body,
  fontSize: vars.fontSize.md,
  fontWeight: vars.fontWeight.bold,
  textDecoration: 'none',
  textAlign: 'center',
  ':hover': { textDecoration: 'underline' },
  ':focus-visible': focusVisible,
  '@media': {
    '(forced-colors: active)': { borderColor: 'ButtonText' },
    '(prefers-reduced-motion: no-preference)': {
      transition: `box-shadow ${vars.motion.durationFast} ${vars.motion.easing}`,
    },
  },
});

// On paper a call to action cannot be clicked: print where it leads after its text.
globalStyle(`${primaryAction}[href]::after`, {
  '@media': { print: { content: '" (" attr(href) ")"' } },
});

/** The keyboard focus ring, for interactive parts styled elsewhere. */
export const focusRing = style({ ':focus-visible': focusVisible });

/** Muted, smaller secondary text. */
export const muted = style({ color: vars.color.textMuted, fontSize: vars.fontSize.sm });

/** Hidden visually, still read by screen readers. */
export const visuallyHidden = style({
  position: 'absolute',
  inlineSize: '1px',
  blockSize: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
});
