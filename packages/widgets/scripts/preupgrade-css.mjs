// Builds dist/clinic-ui.css, the small render-blocking stylesheet of the snippet. Until the script
// runs (and forever without JavaScript, or in a browser below the support policy) a <clinic-*>
// element is an unknown inline element showing its light DOM. These rules give that content the
// box of the rendered block, so the upgrade moves nothing on the page, and the page reads like
// cards meanwhile. They match only :not([rendered]): each element sets that attribute in the task
// that puts its block on screen (elements render one per turn, see src/base/firstRenders.ts), so
// the rules never style the rendered block, and never hide content. (`:not(:defined)` would let
// every element collapse at once when the script defines them, before their turn.)
//
// Nothing here is a second copy of a value: colours, type, spacing and radii are the theme
// tokens (calm values as fallbacks, so a page's own --clinic-* variables win, as they do on the
// rendered blocks); fixed measures come from the blocks' own `measures`; built-in headings come
// from the message tables. Sizes follow the reader's default font size, not the page's root, like
// the rendered blocks (font-size: medium on the element, em inside).
import { measures, messageTables } from '@clinic-ui/react/internal';
import {
  autoTheme,
  autoThemeName,
  builtInThemes,
  darkSchemeQuery,
  defaultThemeName,
  toCssVariables,
} from '@clinic-ui/tokens';
import { transform } from 'esbuild';
import { changedTokens, renderedAttribute } from './widget-css.mjs';

/** An element not rendered yet: before the script, without it, or waiting for its turn. */
const pending = `:not([${renderedAttribute}])`;

const calm = toCssVariables(builtInThemes.calm);

/**
 * A token, `var(--clinic-<name>, <calm value>)`, with rem turned into em for an element whose
 * font size is `scale` times the reader's default.
 */
function token(name, scale = 1) {
  const variable = `--clinic-${name}`;
  const value = calm[variable];
  if (value === undefined) throw new Error(`pre-upgrade CSS: ${variable} is not a Clinic UI token`);
  const inEm = value.replace(
    /(\d*\.?\d+)rem\b/g,
    (_, number) => `${+(number / scale).toFixed(4)}em`,
  );
  return `var(${variable},${inEm})`;
}

/** A token's calm value as a number of rem (type sizes and spacing), for arithmetic. */
const rem = (name) => Number.parseFloat(calm[`--clinic-${name}`]);

const css = (selector, declarations) =>
  `${selector}{${Object.entries(declarations)
    .map(([property, value]) => `${property}:${value}`)
    .join(';')}}`;

/** `content` for a built-in string, per language: `"Key takeaways"`, `"Puntos clave"`. */
function builtIn(selector, pick, extra = {}) {
  return Object.entries(messageTables)
    .map(([locale, messages]) => {
      const scoped =
        locale === 'en' ? selector : selector.replace(pending, `:lang(${locale})${pending}`);
      return css(scoped, { content: pick(messages), ...extra });
    })
    .join('');
}

/** A message that takes one attribute, as CSS `content`: "Have " attr(condition) "? Take our quiz". */
function withAttribute(format, attribute) {
  const marker = '\u0000';
  return format(marker)
    .split(marker)
    .map((part) => JSON.stringify(part))
    .join(` attr(${attribute}) `);
}

const tags = [
  'clinic-byline',
  'clinic-key-takeaways',
  'clinic-comparison-table',
  'clinic-quiz-cta',
  'clinic-booking-cta',
  'clinic-faq',
  'clinic-quiz-cta-group',
  // Its script is clinic-screener.js; its box lives here, in the one pre-upgrade stylesheet.
  'clinic-screener',
];
const before = (tag) => `${tag}${pending}`;
const [byline, takeaways, comparison, quiz, booking, faq, quizGroup, screener] = tags.map(before);

// The two blocks whose heading the page may already give as a light-DOM heading (<h2> to <h6>).
const withoutOwnHeading = (selector) => `${selector}:not(:has(>h2,>h3,>h4,>h5,>h6))`;

const xl = rem('font-size-xl');
const sm = rem('font-size-sm');
const lg = rem('font-size-lg');
const headingBox = {
  display: 'block',
  margin: `0 0 ${token('space-md', xl)}`,
  'font-size': `${xl}em`,
  'font-weight': token('font-weight-bold'),
  'line-height': token('line-height-tight'),
  color: token('color-text'),
};
const card = {
  padding: token('space-lg'),
  border: `1px solid ${token('color-border')}`,
  'border-radius': token('radius-md'),
  background: token('color-surface-raised'),
};
/** Room for the action the script adds: a gap and one touch-target-high button. */
const actionRoom = `calc(${token('space-lg')} + ${token('space-md')} + ${measures.touchTarget})`;

const rules = [
  css(tags.map(before).join(','), {
    display: 'block',
    'margin-block': token('space-lg'),
    'font-family': token('font-body'),
    'font-size': 'medium',
    'line-height': token('line-height-normal'),
    color: token('color-text'),
  }),
  css(`:is(${tags.map(before).join(',')}) :is(p,ul,ol,li,h2,h3,h4,h5,h6,table)`, {
    'margin-block': 0,
  }),

  // Byline: the fallback's first <p> names the people (each a <span>, its first <span> the label),
  // its second <p> the dates and read time, over a rule.
  css(byline, {
    display: 'flex',
    'flex-direction': 'column',
    gap: token('space-sm'),
    'padding-block-end': token('space-md'),
    'border-block-end': `1px solid ${token('color-border')}`,
  }),
  css(`${byline}>p`, { display: 'flex', 'flex-wrap': 'wrap', 'align-items': 'center' }),
  css(`${byline}>p:first-of-type`, {
    'column-gap': token('space-lg'),
    'row-gap': token('space-sm'),
  }),
  css(`${byline}>p:first-of-type>span>span:first-child,${byline}>p+p`, {
    'font-size': `${sm}em`,
    color: token('color-text-muted'),
  }),
  css(`${byline}>p:first-of-type>span>span:first-child`, { display: 'block' }),
  css(`${byline}>p:first-of-type a`, { 'font-weight': token('font-weight-bold') }),
  css(`${byline}>p+p`, { 'column-gap': token('space-md', sm), 'row-gap': token('space-xxs', sm) }),

  // Cards: key takeaways and the calls to action.
  css([takeaways, quiz, booking, screener].join(','), card),
  css(takeaways, { 'border-inline-start': `${measures.cardEdge} solid ${token('color-accent')}` }),
  css(`${takeaways}>ul,${takeaways}>ol`, {
    display: 'grid',
    gap: token('space-sm'),
    'padding-inline-start': token('space-lg'),
  }),
  css(`${takeaways} li`, { 'padding-inline-start': token('space-xs'), 'line-height': 'inherit' }),
  // The built-in heading: the page's own <h2> when it has one, else the attribute or the default.
  css(`:is(${takeaways},${faq})>:is(h2,h3,h4,h5,h6)`, headingBox),
  css(`${withoutOwnHeading(takeaways)}::before,${withoutOwnHeading(faq)}::before`, headingBox),
  builtIn(`${withoutOwnHeading(takeaways)}:not([heading])::before`, (m) =>
    JSON.stringify(m.keyTakeaways.heading),
  ),
  builtIn(`${withoutOwnHeading(faq)}:not([heading])::before`, (m) => JSON.stringify(m.faq.heading)),
  css(`:is(${withoutOwnHeading(takeaways)},${withoutOwnHeading(faq)})[heading]::before`, {
    content: 'attr(heading)',
  }),

  // Calls to action: the heading attribute (or the built-in heading) stands in for the heading.
  css(quiz, { 'border-block-start': `${measures.quizEdge} solid ${token('color-accent')}` }),
  css(booking, { 'border-inline-start': `${measures.cardEdge} solid ${token('color-brand')}` }),
  css(`${quiz}::before,${booking}::before`, headingBox),
  css(`:is(${quiz},${booking})[heading]::before`, { content: 'attr(heading)' }),
  builtIn(`${quiz}[condition]:not([heading])::before`, (m) =>
    withAttribute(m.quiz.heading, 'condition'),
  ),
  builtIn(`${quiz}:not([condition]):not([heading])::before`, (m) =>
    JSON.stringify(m.quiz.headingGeneric),
  ),
  builtIn(`${booking}:not([heading])::before`, (m) => JSON.stringify(m.booking.heading)),
  builtIn(
    `${booking}[locations]::after`,
    (m) => `${JSON.stringify(`${m.booking.locationsLabel} `)} attr(locations)`,
    {
      display: 'block',
      'margin-block-start': token('space-md'),
    },
  ),
  // Without scripting, a <noscript> link inside the card is the action.
  css(`:is(${quiz},${booking}) noscript p`, {
    'margin-block-start': token('space-md'),
    'font-weight': token('font-weight-bold'),
  }),
  // With scripting on, room for the action the script adds (and the booking status line).
  `@media (scripting:enabled){${[
    css(`${quiz},${booking}`, { 'padding-block-end': actionRoom }),
    css(`${booking}[accepting]`, {
      'padding-block-start': `calc(${token('space-lg')} + ${token('space-md')} + ${sm * rem('line-height-normal')}em)`,
    }),
  ].join('')}}`,

  // Quiz group: the cards side by side, as many per row as fit, like the rendered list.
  css(quizGroup, {
    display: 'grid',
    'grid-template-columns': `repeat(auto-fit,minmax(min(100%,${measures.quizCardMinRem}em),1fr))`,
    gap: token('space-md'),
  }),
  css(`${quizGroup}>${quiz}`, { margin: 0 }),

  // Comparison: the rendered table's caption and cells; the recommended option outlined.
  css(comparison, { 'overflow-x': 'auto' }),
  css(`${comparison} table`, {
    'border-collapse': 'collapse',
    'inline-size': '100%',
    'font-size': 'inherit',
  }),
  css(`${comparison} caption`, {
    'margin-block-end': token('space-md', lg),
    'font-size': `${lg}em`,
    'font-weight': token('font-weight-bold'),
    'line-height': token('line-height-tight'),
    'text-align': 'start',
  }),
  css(`${comparison} :is(th,td)`, {
    padding: `${token('space-sm')} ${token('space-md')}`,
    border: `1px solid ${token('color-border')}`,
    'text-align': 'start',
    'vertical-align': 'top',
  }),
  css(`${comparison} tr:first-child>th`, {
    'vertical-align': 'bottom',
    'border-block-end-width': '2px',
  }),
  css(`${comparison} [data-highlight]`, {
    background: token('color-surface-raised'),
    border: `${measures.highlightBorder} solid ${token('color-accent')}`,
  }),
  // The rendered header shows a badge under the recommended option.
  css(`${comparison} th[data-highlight]::after`, {
    display: 'block',
    'inline-size': 'fit-content',
    'margin-block-start': token('space-xxs', sm),
    padding: `${token('space-xxs', sm)} ${token('space-sm', sm)}`,
    'border-radius': token('radius-pill'),
    border: '1px solid transparent',
    background: token('color-brand'),
    color: token('color-on-brand'),
    'font-size': `${sm}em`,
    'font-weight': token('font-weight-bold'),
    'line-height': token('line-height-tight'),
  }),
  builtIn(`${comparison}:not([highlight-label]) th[data-highlight]::after`, (m) =>
    JSON.stringify(m.comparison.recommended),
  ),
  css(`${comparison}[highlight-label] th[data-highlight]::after`, {
    content: 'attr(highlight-label)',
  }),

  // FAQ: one outlined box of touch-target-high questions, like the rendered accordion.
  css(`${faq}>details`, {
    border: `1px solid ${token('color-border')}`,
    background: token('color-surface'),
  }),
  css(`${faq}>details+details`, { 'border-block-start': 0 }),
  css(`${faq} summary`, {
    'min-block-size': measures.touchTarget,
    padding: `${token('space-sm')} ${token('space-md')}`,
    background: token('color-surface-raised'),
    'font-weight': token('font-weight-bold'),
    'line-height': token('line-height-tight'),
  }),
  css(`${faq}>details>:not(summary)`, { padding: `${token('space-sm')} ${token('space-md')}` }),

  // Screener: the pasted form laid out like the rendered items (legend, 44px-high options).
  css(`${screener} form`, { display: 'flex', 'flex-direction': 'column', gap: token('space-lg') }),
  css(`${screener} fieldset`, { margin: 0, padding: 0, border: 0, 'min-inline-size': 0 }),
  css(`${screener} legend`, {
    padding: 0,
    'margin-block-end': token('space-sm', lg),
    'font-size': `${lg}em`,
    'font-weight': token('font-weight-bold'),
    'line-height': token('line-height-tight'),
  }),
  css(`${screener} label`, {
    display: 'flex',
    'align-items': 'center',
    gap: token('space-sm'),
    'min-block-size': measures.touchTarget,
  }),
  css(`${screener} label+label`, { 'margin-block-start': token('space-xs') }),
  css(`${screener} input`, { 'inline-size': '1.5em', 'block-size': '1.5em', margin: 0 }),
];

// A `theme` attribute: the element itself gets the theme's colours, so every rule above draws in
// them before the script runs (light text on a dark theme's page, not calm's dark text). `auto`
// takes dark's under a dark colour scheme. Only colours, to stay within the 2 kB budget: a warm
// card's rounder corners arrive with the script (no box moves).
const anyPending = `:is(${tags.join(',')})${pending}`;
for (const [name, values] of Object.entries(builtInThemes)) {
  if (name === defaultThemeName) continue;
  const entries = changedTokens(values).filter(([variable]) =>
    variable.startsWith('--clinic-color-'),
  );
  const declarations = Object.fromEntries(entries);
  rules.push(css(`${anyPending}[theme=${name}]`, declarations));
  if (name === autoTheme.dark)
    rules.push(
      `@media ${darkSchemeQuery}{${css(`${anyPending}[theme=${autoThemeName}]`, declarations)}}`,
    );
}

/** The pre-upgrade stylesheet, minified. */
export async function preupgradeCss() {
  const { code } = await transform(rules.join('\n'), { loader: 'css', minify: true });
  return code;
}
