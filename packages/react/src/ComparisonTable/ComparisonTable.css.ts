import { vars } from '@clinic-ui/tokens';
import { createContainer, style } from '@vanilla-extract/css';
import { blockRoot } from '../internal/styles.css';
import { measures } from '../core/measures';

/** The block is its own size container: the layout follows the space it is given, not the viewport. */
const comparison = createContainer('comparison');

/** At this container width and up, the options sit side by side in a table. */
const wideQuery = `${comparison} (min-width: ${measures.comparisonWideRem}rem)`;

const highlightBorder = `${measures.highlightBorder} solid ${vars.color.accent}`;

export const root = style([
  blockRoot,
  {
    containerName: comparison,
    containerType: 'inline-size',
    inlineSize: '100%',
    background: vars.color.surface,
    // Unlike break-word, "anywhere" also shrinks min-content widths, so a long word or URL wraps
    // inside grid and table cells instead of pushing them wider than a 320px container.
    overflowWrap: 'anywhere',
  },
]);

/** The caption of both layouts: what is compared. */
const captionText = style({
  fontFamily: vars.font.heading,
  fontSize: vars.fontSize.lg,
  fontWeight: vars.fontWeight.bold,
  lineHeight: vars.lineHeight.tight,
  color: vars.color.text,
  textAlign: 'start',
  marginBlockEnd: vars.space.md,
});

// Wide layout: a real table. Hidden (so out of the accessibility tree) until the container is wide.
export const wide = style({
  display: 'none',
  '@container': { [wideQuery]: { display: 'block' } },
});

export const table = style({
  inlineSize: '100%',
  // Fixed layout shares the width between columns, so long words wrap instead of widening them.
  tableLayout: 'fixed',
  borderCollapse: 'collapse',
  background: vars.color.surface,
});

export const caption = style([captionText, { captionSide: 'top' }]);

const cell = style({
  paddingBlock: vars.space.sm,
  paddingInline: vars.space.md,
  border: `1px solid ${vars.color.border}`,
  textAlign: 'start',
  verticalAlign: 'top',
  // Hyphenate long words in the language of the page before breaking them anywhere.
  hyphens: 'auto',
  overflowWrap: 'anywhere',
  '@media': {
    '(forced-colors: active)': { borderColor: 'CanvasText' },
  },
});

export const columnHeader = style([
  cell,
  {
    verticalAlign: 'bottom',
    fontWeight: vars.fontWeight.bold,
    borderBlockEnd: `2px solid ${vars.color.border}`,
  },
]);

/** The criteria column: narrower than the options, which hold the longer text. */
export const criterionHeader = style([columnHeader, { inlineSize: '22%' }]);

export const rowHeader = style([cell, { fontWeight: vars.fontWeight.bold }]);

export const dataCell = style([cell, { fontWeight: vars.fontWeight.regular }]);

/** Marks every cell of the recommended column: raised background and accent side borders. */
export const highlighted = style({
  background: vars.color.surfaceRaised,
  borderInline: highlightBorder,
  selectors: {
    'thead &': { borderBlockStart: highlightBorder },
    'tbody tr:last-child &': { borderBlockEnd: highlightBorder },
  },
  '@media': {
    '(forced-colors: active)': { borderColor: 'Highlight' },
  },
});

export const optionLabel = style({ display: 'block' });

/** The "Recommended" badge: visible text, so the highlight never rests on colour alone. */
export const badge = style({
  display: 'inline-block',
  marginBlockStart: vars.space.xxs,
  paddingBlock: vars.space.xxs,
  paddingInline: vars.space.sm,
  borderRadius: vars.radius.pill,
  border: '1px solid transparent',
  background: vars.color.brand,
  color: vars.color.onBrand,
  fontFamily: vars.font.body,
  fontSize: vars.fontSize.sm,
  fontWeight: vars.fontWeight.bold,
  lineHeight: vars.lineHeight.tight,
  whiteSpace: 'normal',
  '@media': {
    '(forced-colors: active)': { borderColor: 'CanvasText' },
  },
});

// Narrow layout: one accordion item per option. Hidden once the container is wide.
export const narrow = style({
  display: 'block',
  margin: 0,
  '@container': { [wideQuery]: { display: 'none' } },
});

export const narrowCaption = style([captionText, { display: 'block' }]);

// The accordion's own root resets overflow-wrap to break-word: restore "anywhere" inside it.
export const triggerLabel = style({ minInlineSize: 0, overflowWrap: 'anywhere' });

export const triggerBadge = style([
  badge,
  { marginBlockStart: 0, marginInlineStart: vars.space.xxs },
]);

export const details = style({
  display: 'grid',
  gap: vars.space.sm,
  margin: 0,
  overflowWrap: 'anywhere',
});

export const pair = style({ display: 'grid', gap: vars.space.xxs, minInlineSize: 0 });

export const term = style({ fontWeight: vars.fontWeight.bold });

export const definition = style({ margin: 0 });
