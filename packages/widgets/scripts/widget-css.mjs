// Builds the one stylesheet every widget's shadow root adopts, from the built packages:
// - sizes do not follow the host page's root font size (themes that set `html { font-size: 62.5% }`
//   would shrink every rem): each rem becomes a multiple of `--clinic-unit`, which the elements set
//   to the reader's default font size (`font-size: medium`, measured once per page; see
//   src/base/styles.ts), so text still grows with the browser's font setting and with zoom;
// - each `var(--clinic-*)` in the blocks' CSS gets the calm value as its fallback, so a page that
//   sets a variable anywhere above the element (even on :root) overrides it by inheritance (short
//   private aliases read once on the block's container were tried: 166 B more gzipped, since
//   gzip folds the repeated fallbacks better);
// - `:host` and the block's container reset what the host page's CSS would leak in, and set
//   display, font and colour;
// - `:host([theme=…])` applies a built-in theme, and `auto` follows the reader's colour scheme;
//   page CSS on the element itself still wins.
import {
  autoTheme,
  autoThemeName,
  builtInThemes,
  defaultThemeName,
  toCssVariables,
} from '@clinic-ui/tokens';
import { screenerClassPrefix } from '@clinic-ui/react/internal';
import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The custom property holding the reader's default font size in px. Every element sets it before
 * its first render (src/base/styles.ts), so the sheet needs no fallback for it.
 */
export const unitProperty = '--clinic-unit';

/**
 * The attribute an element sets on itself once its first render is on screen. Until then the
 * pre-upgrade stylesheet (scripts/preupgrade-css.mjs) gives its light DOM the block's box.
 */
export const renderedAttribute = 'rendered';

/** `1.375rem` becomes `calc(1.375*var(--clinic-unit))`: host-independent, reader-relative. */
export function toReaderUnits(value) {
  return value.replace(/(-?\d*\.?\d+)rem\b/g, (_, number) =>
    number === '1' ? `var(${unitProperty})` : `calc(${number}*var(${unitProperty}))`,
  );
}

/**
 * Keeps the rules of `css` whose selectors pass `keep`. A selector list shared with other rules
 * (the minifier merges equal rules) keeps the selectors that pass; at-rules (@media, @container)
 * emptied of every rule go too.
 */
function filterSelectors(css, keep) {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter(keep);
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
  return root.toString();
}

/** The `--clinic-*` variables a theme sets differently from the default theme, as entries. */
export function changedTokens(values) {
  const defaults = toCssVariables(builtInThemes[defaultThemeName]);
  return Object.entries(toCssVariables(values)).filter(
    ([variable, value]) => value !== defaults[variable],
  );
}

/** The blocks' CSS without the Screener's rules: no element in clinic-ui.js uses the Screener. */
export function withoutScreener(css) {
  return filterSelectors(css, (selector) => !selector.includes(`.${screenerClassPrefix}`));
}

/**
 * The blocks' CSS for a bundle whose code holds the class names `used` (clinic-screener.js: the
 * Screener's own classes and the few shared ones it uses): a selector stays when it names only
 * used classes.
 */
export function onlyUsedClasses(css, used) {
  return filterSelectors(css, (selector) =>
    [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].every(([, name]) => used.has(name)),
  );
}

/** Every word of `code` that could be a class name (string contents split on anything else). */
export function classNamesIn(code) {
  return new Set(code.split(/[^\w-]+/));
}

/**
 * The stylesheet: the shared host and theme rules, then the blocks' CSS. `bundle` picks the
 * blocks' part: `main` (clinic-ui.js) leaves the Screener out; `{ usedClasses }` keeps only the
 * rules of the classes a bundle's code uses (clinic-screener.js).
 */
export function widgetCss(bundle = 'main') {
  const defaults = toCssVariables(builtInThemes.calm);
  const withFallback = (name) => {
    const value = defaults[name];
    if (value === undefined) throw new Error(`widget CSS: ${name} is not a Clinic UI token`);
    return `var(${name},${toReaderUnits(value)})`;
  };
  const source = readFileSync(require.resolve('@clinic-ui/react/blocks.css'), 'utf8');
  const blocks = (
    bundle === 'main' ? withoutScreener(source) : onlyUsedClasses(source, bundle.usedClasses)
  )
    .replace(/var\((--clinic-[a-z0-9-]+)\)/g, (_, name) => withFallback(name))
    // Container-query conditions take no var(): there, em is the query container's font size,
    // which the block sets from the reader's unit, so it does not follow the page's root either.
    .replace(/(@container[^{]*?)(\d*\.?\d+)rem/g, '$1$2em');
  // A theme attribute must win over variables the page sets above the element, so any `theme`
  // declares every token `initial` (the guaranteed-invalid value), which makes every use fall back
  // to the calm value it already carries: calm, in far fewer bytes than restating it. Each other
  // theme then declares only the tokens it changes. `auto` shares dark's rule and is put back to
  // calm under a light colour scheme, so dark's values are written once.
  if (autoTheme.light !== defaultThemeName)
    throw new Error('widget CSS: auto must be the default theme in light mode');
  const changed = changedTokens;
  const declarations = (entries) =>
    `{${entries.map(([variable, value]) => `${variable}:${value}`).join(';')}}`;
  const reset = (names) => declarations(names.map((variable) => [variable, 'initial']));
  const selector = (name) => `:host([theme=${name}])`;
  const themes = [
    `:host([theme])${reset(Object.keys(defaults))}`,
    ...Object.entries(builtInThemes)
      .filter(([name]) => name !== defaultThemeName)
      .map(([name, values]) => {
        const names =
          name === autoTheme.dark ? `${selector(name)},${selector(autoThemeName)}` : selector(name);
        return (
          names +
          declarations(changed(values).map(([variable, value]) => [variable, toReaderUnits(value)]))
        );
      }),
    `@media(prefers-color-scheme:light){${selector(autoThemeName)}${reset(changed(builtInThemes[autoTheme.dark]).map(([variable]) => variable))}}`,
  ].join('');
  const host = [
    `:host{all:initial;display:block;margin-block:${withFallback('--clinic-space-lg')}}`,
    ':host([hidden]){display:none}',
    // Measures the reader's default font size (see src/base/styles.ts); never shown.
    '[data-clinic-unit]{all:initial;position:absolute;visibility:hidden;font-size:medium}',
    // Page rules that match the element itself beat :host, and inherited properties (text-transform,
    // letter-spacing…) flow into the shadow root: the block's container starts from initial values.
    '[part="block"]{all:initial;display:block;block-size:100%;',
    `font-family:${withFallback('--clinic-font-body')};`,
    `font-size:${withFallback('--clinic-font-size-md')};`,
    `line-height:${withFallback('--clinic-line-height-normal')};`,
    `color:${withFallback('--clinic-color-text')}}`,
    '[part="block"][hidden]{display:none}',
    // A host stretched by the page's grid or flex layout (cards side by side) stretches its block.
    '[part="block"]>[part~="root"]{block-size:100%}',
    // Cards placed in a group's list items: the list's gap spaces them, not their own margins.
    '[part~="item"]>slot::slotted(*){margin:0}',
  ].join('');
  return host + themes + toReaderUnits(blocks);
}

/**
 * The virtual module `virtual:clinic-widget-css`, made at build time (see src/virtual.d.ts), for
 * `bundle` (see widgetCss).
 */
export function widgetCssModule(bundle = 'main') {
  return [
    `export const css = ${JSON.stringify(widgetCss(bundle))};`,
    `export const unitProperty = ${JSON.stringify(unitProperty)};`,
    `export const renderedAttribute = ${JSON.stringify(renderedAttribute)};`,
  ].join('\n');
}
