import { checkThemeContrast, describeContrast, type ContrastResult } from './contrast';
import { cssVariableName, tokenPaths, type ClinicThemeValues } from './contract';
import {
  builtInThemeNames,
  builtInThemes,
  isBuiltInThemeName,
  type BuiltInThemeName,
} from './themes/index';
import type { DtcgToken } from './dtcg';
import { fromDtcg } from './dtcgRead';
import { assertCompleteTheme, assertValidColors } from './validate';

/** Any subset of a theme's tokens. */
export type ClinicThemeOverrides = {
  [Group in keyof ClinicThemeValues]?: Partial<ClinicThemeValues[Group]>;
};

/** CSS custom properties keyed by their full name, ready for a React `style` prop. */
export type ClinicCssVariables = Record<`--clinic-${string}`, string>;

/**
 * A DTCG (2025.10) document as `createClinicTheme` reads it: token groups named as the contract's
 * (`color`, `space`…), each holding tokens with `$value` and `$type`. Also accepted as JSON text,
 * or parsed (`JSON.parse` gives `any`, which is accepted as it stands, group `$type`s included).
 */
export interface ClinicDtcgDocument {
  $description?: string;
  [group: string]: { [token: string]: DtcgToken } | string | undefined;
}

export interface CreateClinicThemeOptions {
  /** The theme the overrides are merged over: a built-in name or complete values. Default `calm`. */
  base?: BuiltInThemeName | ClinicThemeValues;
  /**
   * What to do when a declared text/background pair falls below WCAG AA:
   * `warn` logs each failure with `console.warn`, `error` throws a RangeError naming each pair
   * and its ratio, `ignore` only reports them in the result's `contrastFailures`. The default is
   * `warn` for overrides and `error` for a DTCG document: a designer's file that fails is rejected.
   */
  onContrastFailure?: 'warn' | 'error' | 'ignore';
}

export interface ClinicTheme {
  /** The complete, validated token values. */
  values: ClinicThemeValues;
  /** Every `--clinic-*` property with its value: `<div style={theme.cssVariables}>`. */
  cssVariables: ClinicCssVariables;
  /** A CSS rule that applies the theme to `selector`, e.g. `theme.toCss('.my-clinic')`. */
  toCss(selector: string): string;
  /** The measured contrast of every declared pair. */
  contrast: ContrastResult[];
  /** The pairs below their WCAG AA minimum; empty for an accessible theme. */
  contrastFailures: ContrastResult[];
}

const label = 'createClinicTheme';

/**
 * Makes a custom theme: `overrides` merged over a base theme, validated token by token.
 * Throws a TypeError naming the token when a colour is invalid or a token unknown, and reports
 * contrast failures as `onContrastFailure` says.
 *
 * The overrides may also be a DTCG document (2025.10), parsed or as JSON text, such as a file
 * exported from Figma or Tokens Studio: it is validated (each problem named by its token path),
 * read into CSS values, and rejected when a colour pair fails WCAG AA.
 *
 * @example
 * const theme = createClinicTheme({ color: { brand: '#5b3f8c' } }, { base: 'warm' });
 * <div style={theme.cssVariables}>…</div>
 * @example
 * const fromFigma = createClinicTheme(await (await fetch('/brand.tokens.json')).text());
 */
export function createClinicTheme(
  overrides?: ClinicThemeOverrides,
  options?: CreateClinicThemeOptions,
): ClinicTheme;
export function createClinicTheme(
  dtcg: ClinicDtcgDocument | string,
  options?: CreateClinicThemeOptions,
): ClinicTheme;
export function createClinicTheme(
  input: ClinicThemeOverrides | ClinicDtcgDocument | string = {},
  options: CreateClinicThemeOptions = {},
): ClinicTheme {
  const dtcg = isDtcgInput(input);
  const overrides: ClinicThemeOverrides = dtcg
    ? fromDtcg(typeof input === 'string' ? parseJson(input) : input, label)
    : (input as ClinicThemeOverrides);
  const { base = 'calm', onContrastFailure = dtcg ? 'error' : 'warn' } = options;
  const baseValues = typeof base === 'string' ? builtInBase(base) : base;
  assertCompleteTheme(baseValues, `${label} base`);

  const merged: Record<string, Record<string, unknown>> = {};
  for (const [group, tokens] of Object.entries(baseValues)) {
    const override = (overrides as Record<string, object | undefined>)[group];
    merged[group] = { ...tokens, ...override };
  }
  for (const group of Object.keys(overrides)) {
    if (!Object.hasOwn(merged, group))
      throw new TypeError(`${label}: "${group}" is not a token group.`);
  }
  assertCompleteTheme(merged, label);
  assertValidColors(merged, label);

  const values = merged;
  const contrast = checkThemeContrast(values);
  const contrastFailures = contrast.filter((result) => !result.passes);
  if (contrastFailures.length > 0 && onContrastFailure !== 'ignore') {
    const message = `${label}: ${contrastFailures.length} colour pair(s) fall below WCAG AA contrast:\n${contrastFailures
      .map((result) => `  - ${describeContrast(result)}`)
      .join('\n')}`;
    if (onContrastFailure === 'error') throw new RangeError(message);
    console.warn(message);
  }

  const cssVariables = toCssVariables(values);
  return {
    values,
    cssVariables,
    toCss: (selector) =>
      `${selector} {\n${Object.entries(cssVariables)
        .map(([name, value]) => `  ${name}: ${value};`)
        .join('\n')}\n}`,
    contrast,
    contrastFailures,
  };
}

/** JSON text, or an object whose groups hold token objects (overrides hold strings). */
function isDtcgInput(input: unknown): boolean {
  if (typeof input === 'string') return true;
  if (typeof input !== 'object' || input === null) return false;
  return Object.entries(input as Record<string, unknown>).some(
    ([key, group]: [string, unknown]) =>
      key.startsWith('$') ||
      (typeof group === 'object' &&
        group !== null &&
        Object.values(group).some((token: unknown) => typeof token === 'object' && token !== null)),
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TypeError(
      `${label}: the DTCG text is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

function builtInBase(name: string): ClinicThemeValues {
  if (!isBuiltInThemeName(name)) {
    throw new TypeError(
      `${label}: base "${name}" is not a built-in theme (expected ${builtInThemeNames.slice(0, -1).join(', ')} or ${builtInThemeNames.at(-1)}).`,
    );
  }
  return builtInThemes[name];
}

/**
 * Every token of a theme as a `--clinic-*` custom property, in contract order.
 *
 * Not `assignInlineVars(vars, values)` from `@vanilla-extract/dynamic`: it orders the properties
 * as the values object lists them (the built-in themes list `color` last, which reorders `toCss`),
 * throws on a key the contract lacks, and made the `createClinicTheme` export about 0.6 kB gzip
 * larger.
 */
export function toCssVariables(values: ClinicThemeValues): ClinicCssVariables {
  const groups = values as unknown as Record<string, Record<string, string>>;
  const entries = tokenPaths().map(([group, token]): [string, string] => [
    `--${cssVariableName([group, token])}`,
    groups[group]![token]!,
  ]);
  return Object.fromEntries(entries);
}
