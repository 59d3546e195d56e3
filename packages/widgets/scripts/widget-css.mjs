// Builds the one stylesheet every widget's shadow root adopts, from the built packages:
// - each `var(--clinic-*)` in the blocks' CSS gets the calm value as its fallback, so a page that
//   sets a variable anywhere above the element (even on :root) overrides it by inheritance;
// - `:host` and the block's container reset what the host page's CSS would leak in, and set
//   display, font and colour;
// - `:host([theme="…"])` applies a built-in theme; page CSS on the element itself still wins.
import { builtInThemes, toCssVariables } from '@clinic-ui/tokens';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function widgetCss() {
  const defaults = toCssVariables(builtInThemes.calm);
  const withFallback = (name) => {
    const value = defaults[name];
    if (value === undefined) throw new Error(`widget CSS: ${name} is not a Clinic UI token`);
    return `var(${name}, ${value})`;
  };
  const blocks = readFileSync(require.resolve('@clinic-ui/react/blocks.css'), 'utf8').replace(
    /var\((--clinic-[a-z0-9-]+)\)/g,
    (_, name) => withFallback(name),
  );
  const declarations = (values) =>
    Object.entries(toCssVariables(values))
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  const themes = Object.entries(builtInThemes)
    .map(([name, values]) => `:host([theme="${name}"]){${declarations(values)}}`)
    .join('');
  const host = [
    `:host{all:initial;display:block;margin-block:${withFallback('--clinic-space-lg')}}`,
    ':host([hidden]){display:none}',
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
  ].join('');
  return host + themes + blocks;
}

/** The virtual module `virtual:clinic-widget-css`, made at build time (see src/virtual.d.ts). */
export function widgetCssModule() {
  return `export const css = ${JSON.stringify(widgetCss())};\n`;
}
