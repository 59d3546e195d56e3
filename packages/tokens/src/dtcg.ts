/**
 * The tokens in the Design Tokens Community Group format (2025.10): `toDtcg` writes a theme as a
 * DTCG document, `fromDtcg` reads one back into theme values, `validateDtcg` checks a document
 * against the format's rules. Published as `@clinic-ui/tokens/dtcg`; the build writes every
 * built-in theme with `toDtcg` (dist/tokens/*.tokens.json).
 */
import { parseColor } from './color';
import type { tokenContract } from './contract';
import { tokenPaths, type ClinicThemeValues } from './contract';
import { tokenDescriptions } from './descriptions';

/** A DTCG colour value: a colour space, its components and alpha (2025.10 colour module). */
export interface DtcgColor {
  colorSpace: string;
  components: (number | 'none')[];
  alpha?: number;
  hex?: string;
}
/** A DTCG dimension or duration value. */
export interface DtcgMeasure<Unit extends string> {
  value: number;
  unit: Unit;
}
export interface DtcgShadow {
  color: DtcgColor | string;
  offsetX: DtcgMeasure<'px' | 'rem'> | string;
  offsetY: DtcgMeasure<'px' | 'rem'> | string;
  blur: DtcgMeasure<'px' | 'rem'> | string;
  spread: DtcgMeasure<'px' | 'rem'> | string;
  inset?: boolean;
}
/** One DTCG token. `$value` may also be a reference such as `"{font.body}"`. */
export interface DtcgToken {
  $type: DtcgType;
  $value: unknown;
  $description?: string;
}
/** A DTCG group: tokens and groups by name, plus `$`-properties. */
export interface DtcgGroup {
  $description?: string;
  $type?: DtcgType;
  [name: string]: unknown;
}

export type DtcgType =
  | 'color'
  | 'dimension'
  | 'duration'
  | 'fontFamily'
  | 'fontWeight'
  | 'number'
  | 'cubicBezier'
  | 'shadow';

type Contract = typeof tokenContract;

/** The DTCG type of every token of the contract. */
export const tokenTypes: {
  [Group in keyof Contract]: { [Token in keyof Contract[Group]]: DtcgType };
} = {
  color: {
    brand: 'color',
    onBrand: 'color',
    accent: 'color',
    surface: 'color',
    surfaceRaised: 'color',
    text: 'color',
    textMuted: 'color',
    border: 'color',
    focusRing: 'color',
    success: 'color',
    warning: 'color',
    danger: 'color',
  },
  font: { body: 'fontFamily', heading: 'fontFamily', mono: 'fontFamily' },
  fontWeight: { regular: 'fontWeight', medium: 'fontWeight', bold: 'fontWeight' },
  fontSize: {
    xs: 'dimension',
    sm: 'dimension',
    md: 'dimension',
    lg: 'dimension',
    xl: 'dimension',
    xxl: 'dimension',
  },
  lineHeight: { tight: 'number', normal: 'number' },
  space: {
    xxs: 'dimension',
    xs: 'dimension',
    sm: 'dimension',
    md: 'dimension',
    lg: 'dimension',
    xl: 'dimension',
    xxl: 'dimension',
  },
  radius: { sm: 'dimension', md: 'dimension', lg: 'dimension', pill: 'dimension' },
  shadow: { sm: 'shadow', md: 'shadow' },
  motion: { durationFast: 'duration', durationNormal: 'duration', easing: 'cubicBezier' },
};

const typeOf = (group: string, token: string): DtcgType =>
  (tokenTypes as Record<string, Record<string, DtcgType>>)[group]![token]!;

// ---- CSS to DTCG ------------------------------------------------------------------------------

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** A CSS colour as a DTCG colour (sRGB hex colours keep their hex as the `hex` fallback). */
export function cssColorToDtcg(value: string): DtcgColor {
  const color = parseColor(value);
  if (!color) throw new TypeError(`"${value}" is not a valid CSS colour.`);
  const alpha = color.alpha ?? 1;
  const c = color as unknown as Record<string, number | undefined>;
  const n = (channel: string, scale = 1) =>
    c[channel] === undefined || Number.isNaN(c[channel]) ? 'none' : round(c[channel] * scale);
  switch (color.mode) {
    case 'rgb': {
      const hex = /^#[0-9a-f]{3,8}$/i.test(value.trim()) ? expandHex(value.trim()) : undefined;
      return {
        colorSpace: 'srgb',
        components: [n('r'), n('g'), n('b')],
        alpha: round(alpha),
        ...(hex && alpha === 1 ? { hex } : {}),
      };
    }
    case 'hsl':
      return {
        colorSpace: 'hsl',
        components: [n('h'), n('s', 100), n('l', 100)],
        alpha: round(alpha),
      };
    case 'hwb':
      return {
        colorSpace: 'hwb',
        components: [n('h'), n('w', 100), n('b', 100)],
        alpha: round(alpha),
      };
    case 'lab':
    case 'oklab':
      return { colorSpace: color.mode, components: [n('l'), n('a'), n('b')], alpha: round(alpha) };
    case 'lch':
    case 'oklch':
      return { colorSpace: color.mode, components: [n('l'), n('c'), n('h')], alpha: round(alpha) };
    case 'p3':
      return {
        colorSpace: 'display-p3',
        components: [n('r'), n('g'), n('b')],
        alpha: round(alpha),
      };
    default:
      throw new TypeError(`"${value}" is in a colour space the DTCG export does not know.`);
  }
}

function expandHex(hex: string): string {
  const digits = hex.slice(1).toLowerCase();
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  return `#${full.slice(0, 6)}`;
}

const measurePattern = /^(-?\d*\.?\d+)(px|rem|ms|s)?$/;

function cssMeasureToDtcg<Unit extends string>(
  value: string,
  units: readonly Unit[],
  path: string,
): DtcgMeasure<Unit> {
  const match = measurePattern.exec(value.trim());
  const unit = (match?.[2] ?? (match?.[1] === '0' ? units[0] : undefined)) as Unit | undefined;
  if (!match || !unit || !units.includes(unit)) {
    throw new TypeError(`${path} "${value}" is not a ${units.join(' or ')} value.`);
  }
  return { value: Number(match[1]), unit };
}

/** Splits a CSS font stack into family names, without their quotes. */
function fontStackToDtcg(value: string): string[] {
  return value
    .split(',')
    .map((name) => name.trim().replace(/^(['"])(.*)\1$/, '$2'))
    .filter(Boolean);
}

/** Reads `0 1px 2px rgb(16 24 40 / 0.08)`: offsets, blur, optional spread, then the colour. */
function cssShadowToDtcg(value: string, path: string): DtcgShadow {
  const match = /^(inset\s+)?(\S+)\s+(\S+)\s+(\S+)(?:\s+(-?\d*\.?\d+(?:px|rem)?))?\s+(.+)$/.exec(
    value.trim(),
  );
  if (!match) throw new TypeError(`${path} "${value}" is not a single CSS box shadow.`);
  const dim = (part: string | undefined) =>
    cssMeasureToDtcg(part ?? '0', ['px', 'rem'] as const, path);
  return {
    color: cssColorToDtcg(match[6]!),
    offsetX: dim(match[2]),
    offsetY: dim(match[3]),
    blur: dim(match[4]),
    spread: dim(match[5]),
    ...(match[1] ? { inset: true } : {}),
  };
}

function cubicBezierToDtcg(value: string, path: string): number[] {
  const match = /^cubic-bezier\(([^)]*)\)$/.exec(value.trim());
  const numbers = match?.[1]!.split(',').map((part) => Number(part.trim()));
  if (!numbers || numbers.length !== 4 || numbers.some(Number.isNaN)) {
    throw new TypeError(`${path} "${value}" is not a cubic-bezier() easing.`);
  }
  return numbers;
}

function cssToDtcgValue(type: DtcgType, value: string, path: string): unknown {
  switch (type) {
    case 'color':
      return cssColorToDtcg(value);
    case 'dimension':
      return cssMeasureToDtcg(value, ['px', 'rem'] as const, path);
    case 'duration':
      return cssMeasureToDtcg(value, ['ms', 's'] as const, path);
    case 'fontFamily':
      return fontStackToDtcg(value);
    case 'fontWeight':
    case 'number': {
      const number = Number(value);
      if (Number.isNaN(number)) throw new TypeError(`${path} "${value}" is not a number.`);
      return number;
    }
    case 'cubicBezier':
      return cubicBezierToDtcg(value, path);
    case 'shadow':
      return cssShadowToDtcg(value, path);
  }
}

/**
 * A theme as a DTCG document: one group per token group, `$type`, `$value` and `$description`
 * on every token. `font.heading` is written as a reference to `font.body` when they are the same
 * stack, so a designer who changes the body font changes both.
 */
export function toDtcg(values: ClinicThemeValues, description?: string): DtcgGroup {
  const groups = values as unknown as Record<string, Record<string, string>>;
  const document: DtcgGroup = description ? { $description: description } : {};
  for (const [group, token] of tokenPaths()) {
    const type = typeOf(group, token);
    const value = groups[group]![token]!;
    const path = `${group}.${token}`;
    const aliased = path === 'font.heading' && value === groups.font!.body;
    const node = (document[group] ??= {}) as DtcgGroup;
    node[token] = {
      $type: type,
      $value: aliased ? '{font.body}' : cssToDtcgValue(type, value, path),
      $description: (tokenDescriptions as Record<string, Record<string, string>>)[group]![token]!,
    } satisfies DtcgToken;
  }
  return document;
}

/** The files the build publishes: one DTCG document per built-in theme, and tokens.json (the default). */
export function builtInDtcgFiles(
  themes: Record<string, ClinicThemeValues>,
  defaultName: string,
): Record<string, DtcgGroup> {
  const files: Record<string, DtcgGroup> = {};
  for (const [name, values] of Object.entries(themes)) {
    files[`tokens/${name}.tokens.json`] = toDtcg(
      values,
      `Clinic UI, the ${name} theme. Generated from @clinic-ui/tokens; do not edit.`,
    );
  }
  files['tokens.json'] = files[`tokens/${defaultName}.tokens.json`]!;
  return files;
}
