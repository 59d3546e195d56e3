// @vitest-environment node
// The round trip: Style Dictionary 5 reads the published DTCG files and emits CSS variables,
// which must carry the same --clinic-* values as the package's own stylesheet (vanilla-extract,
// built here as the package build does). esbuild refuses to run under jsdom, hence node.
import { vanillaExtractPlugin } from '@vanilla-extract/esbuild-plugin';
import { build } from 'esbuild';
import StyleDictionary from 'style-dictionary';
import type { Transform } from 'style-dictionary/types';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseColor } from './color';
import { cssVariableName, tokenPaths } from './contract';
import { builtInDtcgFiles, tokenTypes, type DtcgType } from './dtcg';
import { builtInThemes, defaultThemeName, themeSelector } from './themes/index';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

/** Declarations of each rule of a CSS text, by selector. */
function rules(css: string): Map<string, Map<string, string>> {
  const result = new Map<string, Map<string, string>>();
  for (const [, selector, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = new Map<string, string>();
    for (const declaration of body!.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon > 0)
        declarations.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
    }
    result.set(selector!.trim().replace(/\s*,\s*/g, ','), declarations);
  }
  return result;
}

/** The package's stylesheet, built from src as tsup builds it (vanilla-extract, minified). */
async function packageCss(): Promise<string> {
  const result = await build({
    entryPoints: [`${srcDir}themes.css.ts`],
    bundle: true,
    write: false,
    outdir: 'out', // never written
    minify: true,
    logLevel: 'silent',
    plugins: [vanillaExtractPlugin({ identifiers: 'short' })],
  });
  return result.outputFiles.find((file) => file.path.endsWith('.css'))!.text;
}

/** DTCG durations as CSS: Style Dictionary 5.5's time/seconds does not read the object form. */
const durationCss: Transform = {
  name: 'clinic/duration/css',
  type: 'value',
  filter: (token) => token.$type === 'duration',
  transform: (token) => {
    const { value, unit } = token.$value as { value: number; unit: string };
    return `${value}${unit}`;
  },
};

/** Style Dictionary's CSS variables for one DTCG document. */
async function styleDictionaryCss(document: object): Promise<string> {
  const sd = new StyleDictionary({
    tokens: document as never,
    usesDtcg: true,
    log: { verbosity: 'silent', warnings: 'disabled' },
    hooks: { transforms: { [durationCss.name]: durationCss } },
    platforms: {
      css: {
        transforms: [
          'attribute/cti',
          'name/kebab',
          'color/css',
          'fontFamily/css',
          'cubicBezier/css',
          'shadow/css/shorthand',
          'size/rem',
          durationCss.name,
        ],
        prefix: 'clinic',
        files: [{ destination: 'tokens.css', format: 'css/variables' }],
      },
    },
  });
  const [file] = await sd.formatPlatform('css');
  return String(file!.output).replace(/\/\*[\s\S]*?\*\//g, '');
}

// ---- The same value, however each tool writes it ------------------------------------------------

const roundTo = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

function canonicalColour(value: string): string {
  const color = parseColor(value.trim());
  if (!color) throw new Error(`not a colour: ${value}`);
  const rgb = color as { r?: number; g?: number; b?: number; alpha?: number; mode: string };
  if (rgb.mode !== 'rgb') throw new Error(`not an sRGB colour: ${value}`);
  return [rgb.r!, rgb.g!, rgb.b!, rgb.alpha ?? 1].map((n) => roundTo(n)).join(' ');
}

function canonicalLength(value: string): string {
  const match = /^(-?\d*\.?\d+)(px|rem|ms|s)?$/.exec(value.trim());
  if (!match) throw new Error(`not a length: ${value}`);
  const [, number, unit = 'px'] = match;
  if (unit === 's') return `${roundTo(Number(number) * 1000)}ms`;
  return `${Number(number)}${Number(number) === 0 ? 'px' : unit}`;
}

function canonical(type: DtcgType, value: string): string {
  switch (type) {
    case 'color':
      return canonicalColour(value);
    case 'dimension':
    case 'duration':
      return canonicalLength(value);
    case 'fontFamily':
      return value
        .split(',')
        .map((name) => name.trim().replace(/^(['"])(.*)\1$/, '$2'))
        .join('|');
    case 'fontWeight':
    case 'number':
      return String(Number(value));
    case 'cubicBezier':
      return value.replace(/\s+/g, '').replace(/(^|[(,])0\./g, '$1.');
    case 'shadow': {
      // Lengths, then the colour (the colour may hold spaces: it starts at the first non-length).
      const parts = value.trim().split(/\s+/);
      const lengths: string[] = [];
      while (parts.length > 0 && /^-?\d*\.?\d+(px|rem)?$/.test(parts[0]!))
        lengths.push(canonicalLength(parts.shift()!));
      while (lengths.length < 4) lengths.push('0px'); // a missing spread is 0
      return `${lengths.join(' ')} ${canonicalColour(parts.join(' '))}`;
    }
  }
}

const typeOf = ([group, token]: [string, string]) =>
  (tokenTypes as Record<string, Record<string, DtcgType>>)[group]![token]!;

describe('Style Dictionary 5 reads tokens.json and emits the package’s --clinic-* values', () => {
  let packageRules: Map<string, Map<string, string>>;
  beforeAll(async () => {
    packageRules = rules(await packageCss());
  });
  const files = builtInDtcgFiles(builtInThemes, defaultThemeName);

  it.each(Object.keys(builtInThemes) as (keyof typeof builtInThemes)[])(
    'for %s: every variable, the same value',
    async (name) => {
      const fromPackage = packageRules.get(
        themeSelector(name)
          .replace(/\s*,\s*/g, ',')
          .replace(/"/g, ''),
      )!;
      expect(fromPackage, `the package's ${name} rule`).toBeDefined();
      const fromStyleDictionary = rules(
        await styleDictionaryCss(files[`tokens/${name}.tokens.json`]!),
      ).get(':root')!;
      const names = tokenPaths().map((path) => `--${cssVariableName(path)}`);
      expect([...fromStyleDictionary.keys()]).toEqual(names);
      for (const path of tokenPaths()) {
        const variable = `--${cssVariableName(path)}`;
        expect(
          canonical(typeOf(path), fromStyleDictionary.get(variable)!),
          `${variable}: Style Dictionary "${fromStyleDictionary.get(variable)}", package "${fromPackage.get(variable)}"`,
        ).toBe(canonical(typeOf(path), fromPackage.get(variable)!));
      }
    },
  );

  it('tokens.json is the default theme, which the package sets on :root', async () => {
    const root = packageRules.get(':root,:host')!;
    const fromStyleDictionary = rules(await styleDictionaryCss(files['tokens.json']!)).get(
      ':root',
    )!;
    for (const path of tokenPaths()) {
      const variable = `--${cssVariableName(path)}`;
      expect(canonical(typeOf(path), fromStyleDictionary.get(variable)!), variable).toBe(
        canonical(typeOf(path), root.get(variable)!),
      );
    }
  });

  it('the comparison notices a changed value (so the checks above can fail)', async () => {
    const changed = structuredClone(files['tokens.json']!) as Record<
      string,
      Record<string, { $value: unknown }>
    >;
    changed.space!.md!.$value = { value: 17, unit: 'px' };
    const css = rules(await styleDictionaryCss(changed)).get(':root')!;
    expect(canonical('dimension', css.get('--clinic-space-md')!)).not.toBe(
      canonical('dimension', packageRules.get(':root,:host')!.get('--clinic-space-md')!),
    );
  });
});
