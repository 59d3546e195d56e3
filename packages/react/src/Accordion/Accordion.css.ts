import { vars } from '@clinic-ui/tokens';
import { globalStyle, keyframes, style } from '@vanilla-extract/css';
import { blockRoot, focusRing } from '../internal/styles.css';
import { measures } from '../core/measures';

/** The inner radius of the outlined root, so the first and last triggers fit its corners. */
const innerRadius = `calc(${vars.radius.md} - 1px)`;

export const root = style([
  blockRoot,
  {
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.md,
    background: vars.color.surface,
    '@media': {
      '(forced-colors: active)': { borderColor: 'CanvasText' },
    },
  },
]);

export const item = style({
  selectors: {
    '& + &': { borderBlockStart: `1px solid ${vars.color.border}` },
  },
  '@media': {
    '(forced-colors: active)': {
      selectors: { '& + &': { borderBlockStartColor: 'CanvasText' } },
    },
  },
});

export const heading = style({
  margin: 0,
  fontSize: 'inherit',
  fontWeight: 'inherit',
  lineHeight: 'inherit',
});

export const trigger = style([
  focusRing,
  {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: vars.space.md,
    inlineSize: '100%',
    minBlockSize: measures.touchTarget,
    margin: 0,
    paddingBlock: vars.space.sm,
    paddingInline: vars.space.md,
    border: 0,
    borderRadius: 0,
    background: vars.color.surfaceRaised,
    color: vars.color.text,
    fontFamily: vars.font.heading,
    fontSize: vars.fontSize.md,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.tight,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { textDecoration: 'underline', textUnderlineOffset: '0.15em' },
    // Drawn inside the button, so neighbouring items and a clipping host cannot hide the ring.
    ':focus-visible': { outlineOffset: '-3px' },
    '@media': {
      '(forced-colors: active)': { color: 'ButtonText', background: 'ButtonFace' },
    },
  },
]);

globalStyle(`${item}:first-child > ${heading} > ${trigger}`, {
  borderStartStartRadius: innerRadius,
  borderStartEndRadius: innerRadius,
});

globalStyle(`${item}:last-child > ${heading} > ${trigger}[data-state="closed"]`, {
  borderEndStartRadius: innerRadius,
  borderEndEndRadius: innerRadius,
});

export const triggerText = style({ flex: '1 1 auto', minInlineSize: 0 });

/** A chevron drawn with two borders: points down when closed, up when open. */
export const indicator = style({
  flex: '0 0 auto',
  inlineSize: '0.6em',
  blockSize: '0.6em',
  marginBlockStart: '-0.3em',
  borderInlineEnd: '2px solid currentColor',
  borderBlockEnd: '2px solid currentColor',
  transform: 'rotate(45deg)',
  selectors: {
    '[data-state="open"] > &': { transform: 'translateY(0.3em) rotate(-135deg)' },
  },
  '@media': {
    '(prefers-reduced-motion: no-preference)': {
      transition: `transform ${vars.motion.durationNormal} ${vars.motion.easing}`,
    },
    // On paper every panel is open, so the chevron says nothing.
    print: { display: 'none' },
  },
});

const open = keyframes({
  from: { blockSize: 0 },
  to: { blockSize: 'var(--radix-accordion-content-height)' },
});

export const panel = style({
  overflow: 'hidden',
  color: vars.color.text,
  selectors: {
    // Closed panels stay in the markup (server HTML holds every answer, for crawlers) but out of
    // view and out of the accessibility tree: `hidden="until-found"` keeps them findable with
    // the browser's find-in-page; anything else closed is not displayed.
    '&[data-state="closed"]:not([hidden="until-found"])': { display: 'none' },
  },
  '@media': {
    '(prefers-reduced-motion: no-preference)': {
      selectors: {
        '&[data-state="open"]': {
          animation: `${open} ${vars.motion.durationNormal} ${vars.motion.easing}`,
        },
      },
    },
    // Printed (to bring to an appointment), every answer is there: closed panels open up.
    print: {
      selectors: {
        '&[data-state="closed"][hidden]': { display: 'block', contentVisibility: 'visible' },
      },
    },
  },
});

export const panelBody = style({
  paddingBlock: vars.space.sm,
  paddingInline: vars.space.md,
  borderBlockStart: `1px solid ${vars.color.border}`,
});

globalStyle(`${panelBody} > :first-child`, { marginBlockStart: 0 });
globalStyle(`${panelBody} > :last-child`, { marginBlockEnd: 0 });
