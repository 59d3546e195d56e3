/**
 * Reading DTCG documents (Design Tokens Community Group format, 2025.10) without a colour library:
 * `validateDtcg` checks one against the format's rules, `fromDtcg` turns it into CSS values by
 * the contract's token paths. `createClinicTheme` uses both for DTCG input.
 */
import { tokenContract } from './contract';
import type { ClinicThemeOverrides } from './createClinicTheme';
import type { DtcgType } from './dtcg';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const referencePattern = /^\{([^{}]+)\}$/;

/** The DTCG colour spaces (2025.10 colour module) and their CSS form. */
const colorSpaces: Record<string, (c: string[]) => string> = {
  srgb: (c) => `color(srgb ${c.join(' ')})`,
  'srgb-linear': (c) => `color(srgb-linear ${c.join(' ')})`,
  hsl: ([h, s, l]) => `hsl(${h} ${s}% ${l}%)`,
  hwb: ([h, w, b]) => `hwb(${h} ${w}% ${b}%)`,
  lab: (c) => `lab(${c.join(' ')})`,
  lch: (c) => `lch(${c.join(' ')})`,
  oklab: (c) => `oklab(${c.join(' ')})`,
  oklch: (c) => `oklch(${c.join(' ')})`,
  'display-p3': (c) => `color(display-p3 ${c.join(' ')})`,
  'a98-rgb': (c) => `color(a98-rgb ${c.join(' ')})`,
  'prophoto-rgb': (c) => `color(prophoto-rgb ${c.join(' ')})`,
  rec2020: (c) => `color(rec2020 ${c.join(' ')})`,
  'xyz-d65': (c) => `color(xyz-d65 ${c.join(' ')})`,
  'xyz-d50': (c) => `color(xyz-d50 ${c.join(' ')})`,
};

const fontWeightKeywords: Record<string, number> = {
  thin: 100,
  hairline: 100,
  'extra-light': 200,
  'ultra-light': 200,
  light: 300,
  normal: 400,
  regular: 400,
  book: 400,
  medium: 500,
  'semi-bold': 600,
  'demi-bold': 600,
  bold: 700,
  'extra-bold': 800,
  'ultra-bold': 800,
  black: 900,
  heavy: 900,
  'extra-black': 950,
  'ultra-black': 950,
};

const units: Partial<Record<DtcgType, readonly string[]>> = {
  dimension: ['px', 'rem'],
  duration: ['ms', 's'],
};

/** Why a `$value` does not fit its `$type`, or undefined when it does. */
function valueProblem(type: string, value: unknown): string | undefined {
  switch (type) {
    case 'color': {
      if (!isObject(value))
        return 'a color $value must be an object with colorSpace and components';
      const { colorSpace, components, alpha, hex } = value;
      if (typeof colorSpace !== 'string' || !(colorSpace in colorSpaces))
        return `colorSpace ${JSON.stringify(colorSpace)} is not a DTCG colour space`;
      if (
        !Array.isArray(components) ||
        components.length !== 3 ||
        !components.every((c) => isNumber(c) || c === 'none')
      )
        return 'components must be three numbers (or "none")';
      if (alpha !== undefined && (!isNumber(alpha) || alpha < 0 || alpha > 1))
        return 'alpha must be a number from 0 to 1';
      if (hex !== undefined && (typeof hex !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(hex)))
        return 'hex must be a 6-digit #rrggbb';
      return undefined;
    }
    case 'dimension':
    case 'duration': {
      const allowed = units[type]!;
      if (!isObject(value) || !isNumber(value.value) || !allowed.includes(value.unit as string))
        return `a ${type} $value must be { value: number, unit: ${allowed.map((u) => `"${u}"`).join(' | ')} }`;
      return undefined;
    }
    case 'fontFamily':
      return typeof value === 'string' ||
        (Array.isArray(value) && value.length > 0 && value.every((n) => typeof n === 'string'))
        ? undefined
        : 'a fontFamily $value must be a string or a list of strings';
    case 'fontWeight':
      return (isNumber(value) && value >= 1 && value <= 1000) ||
        (typeof value === 'string' && value in fontWeightKeywords)
        ? undefined
        : 'a fontWeight $value must be a number from 1 to 1000 or a weight keyword';
    case 'number':
      return isNumber(value) ? undefined : 'a number $value must be a number';
    case 'cubicBezier':
      return Array.isArray(value) &&
        value.length === 4 &&
        value.every(isNumber) &&
        [value[0] as number, value[2] as number].every((x) => x >= 0 && x <= 1)
        ? undefined
        : 'a cubicBezier $value must be four numbers, the first and third from 0 to 1';
    case 'shadow': {
      const layers = Array.isArray(value) ? value : [value];
      for (const layer of layers) {
        if (!isObject(layer)) return 'a shadow $value must be an object (or a list of them)';
        for (const part of ['offsetX', 'offsetY', 'blur', 'spread'] as const) {
          const problem =
            typeof layer[part] === 'string' && referencePattern.test(layer[part])
              ? undefined
              : valueProblem('dimension', layer[part]);
          if (problem) return `shadow ${part}: ${problem}`;
        }
        const colorProblem =
          typeof layer.color === 'string' && referencePattern.test(layer.color)
            ? undefined
            : valueProblem('color', layer.color);
        if (colorProblem) return `shadow color: ${colorProblem}`;
      }
      return undefined;
    }
    default:
      return `$type ${JSON.stringify(type)} is not a type Clinic UI's tokens use`;
  }
}

interface Leaf {
  path: string;
  type: string | undefined;
  value: unknown;
}

/** Every token of a document (an object with `$value`), with its type (own or inherited). */
function leaves(document: Json): { tokens: Leaf[]; problems: string[] } {
  const tokens: Leaf[] = [];
  const problems: string[] = [];
  const walk = (node: Json, path: string[], inherited: string | undefined) => {
    const type = typeof node.$type === 'string' ? node.$type : inherited;
    if ('$value' in node) {
      tokens.push({ path: path.join('.'), type, value: node.$value });
      return;
    }
    let children = 0;
    for (const [name, child] of Object.entries(node)) {
      if (name.startsWith('$')) continue;
      children++;
      if (/[{}.]/.test(name))
        problems.push(`${[...path, name].join('.')}: a name may not contain { } or .`);
      if (!isObject(child)) {
        problems.push(`${[...path, name].join('.')}: has no $value (every token needs one)`);
        continue;
      }
      walk(child, [...path, name], type);
    }
    if (children === 0 && path.length > 0) {
      const looksLikeToken = '$type' in node || '$description' in node;
      problems.push(
        `${path.join('.')}: ${looksLikeToken ? 'has no $value (every token needs one)' : 'an empty group has no tokens'}`,
      );
    }
  };
  walk(document, [], undefined);
  return { tokens, problems };
}

/**
 * Checks a DTCG document against the format's rules: every token has a `$value` and a `$type`
 * (its own or its group's), each value has the shape of its type, and every reference
 * (`"{group.token}"`) names a token of the same type, without a cycle. Returns the problems, each
 * naming the token's path; an empty list means the document is valid.
 */
export function validateDtcg(document: unknown): string[] {
  if (!isObject(document)) return ['a DTCG document must be a JSON object'];
  const { tokens, problems } = leaves(document);
  const byPath = new Map(tokens.map((token) => [token.path, token]));
  const resolvedType = (token: Leaf, seen: string[]): string | undefined => {
    const reference = typeof token.value === 'string' && referencePattern.exec(token.value);
    if (!reference) return token.type;
    const target = byPath.get(reference[1]!);
    if (!target) {
      problems.push(`${token.path}: the reference ${String(token.value)} names no token`);
      return undefined;
    }
    if (seen.includes(target.path)) {
      problems.push(`${token.path}: the reference ${String(token.value)} is circular`);
      return undefined;
    }
    return token.type ?? resolvedType(target, [...seen, target.path]) ?? target.type;
  };
  for (const token of tokens) {
    const reference = typeof token.value === 'string' && referencePattern.exec(token.value);
    if (reference) {
      const target = byPath.get(reference[1]!);
      const before = problems.length;
      const targetType = resolvedType(token, [token.path]);
      if (problems.length === before && target) {
        const ownType = token.type;
        const finalType = resolvedType(target, [token.path, target.path]);
        if (ownType && finalType && ownType !== finalType)
          problems.push(
            `${token.path}: its $type ${ownType} does not match ${reference[1]} (${finalType})`,
          );
        if (!targetType) problems.push(`${token.path}: has no $type`);
      }
      continue;
    }
    if (!token.type) {
      problems.push(`${token.path}: has no $type`);
      continue;
    }
    const problem = valueProblem(token.type, token.value);
    if (problem) problems.push(`${token.path}: ${problem}`);
  }
  return problems;
}

// ---- DTCG to CSS ------------------------------------------------------------------------------

const numberText = (value: unknown) =>
  value === 'none' ? 'none' : String(Math.round((value as number) * 1e6) / 1e6);

function colorToCss(value: Json): string {
  const {
    colorSpace,
    components,
    alpha = 1,
    hex,
  } = value as {
    colorSpace: string;
    components: (number | 'none')[];
    alpha?: number;
    hex?: string;
  };
  if (typeof hex === 'string' && colorSpace === 'srgb' && alpha === 1) return hex.toLowerCase();
  // sRGB colours of whole 0-255 channels (what a hex or rgb() colour exports to) read as rgb().
  // (Exported components carry 6 decimals, so a channel lands within 0.001 of its whole value.)
  const bytes = components.map((c) => (c === 'none' ? c : c * 255));
  const whole = bytes.every((b) => b === 'none' || Math.abs(b - Math.round(b)) < 0.001);
  const css =
    colorSpace === 'srgb' && whole
      ? `rgb(${bytes.map((b) => (b === 'none' ? b : Math.round(b))).join(' ')})`
      : colorSpaces[colorSpace]!(components.map(numberText));

  return alpha === 1 ? css : css.replace(/\)$/, ` / ${numberText(alpha)})`);
}

const genericFamilies = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  'fangsong',
]);

function fontFamilyToCss(value: string | string[]): string {
  if (typeof value === 'string') return value;
  return value
    .map((name) =>
      genericFamilies.has(name) || /^-?[a-zA-Z_][a-zA-Z0-9_-]*$/.test(name)
        ? name
        : `"${name.replace(/["\\]/g, '\\$&')}"`,
    )
    .join(', ');
}

function toCss(type: string, value: unknown, resolve: (reference: string) => unknown): string {
  const deref = (v: unknown) =>
    typeof v === 'string' && referencePattern.test(v) ? resolve(v) : v;
  value = deref(value);
  switch (type) {
    case 'color':
      return colorToCss(value as Json);
    case 'dimension':
    case 'duration': {
      const { value: number, unit } = value as { value: number; unit: string };
      return `${numberText(number)}${unit}`;
    }
    case 'fontFamily':
      return fontFamilyToCss(value as string | string[]);
    case 'fontWeight':
      return String(typeof value === 'string' ? fontWeightKeywords[value] : value);
    case 'number':
      return numberText(value);
    case 'cubicBezier':
      return `cubic-bezier(${(value as number[]).map(numberText).join(', ')})`;
    case 'shadow':
      return (Array.isArray(value) ? value : [value])
        .map((layer: Json) =>
          [
            layer.inset ? 'inset' : '',
            // Zero lengths as `0`, and a zero spread left out, as shadows are usually written.
            ...(['offsetX', 'offsetY', 'blur', 'spread'] as const).map((part) => {
              const length = toCss('dimension', layer[part], resolve);
              const zero = parseFloat(length) === 0;
              return zero ? (part === 'spread' ? '' : '0') : length;
            }),
            toCss('color', layer.color, resolve),
          ]
            .filter(Boolean)
            .join(' '),
        )
        .join(', ');
    default:
      throw new TypeError(`$type ${type} is not supported`);
  }
}

/**
 * A DTCG document as theme overrides: each token of the contract it holds, as the CSS value the
 * stylesheet would carry (references resolved). Throws a TypeError listing every problem when the
 * document breaks the format's rules, or naming a token the contract does not have.
 */
export function fromDtcg(document: unknown, label = 'DTCG'): ClinicThemeOverrides {
  const problems = validateDtcg(document);
  if (problems.length > 0) {
    throw new TypeError(
      `${label}: not a valid DTCG document:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
  const { tokens } = leaves(document as Json);
  const byPath = new Map(tokens.map((token) => [token.path, token]));
  const typeOf = (token: Leaf): string => {
    if (token.type) return token.type;
    const reference = referencePattern.exec(token.value as string)!;
    return typeOf(byPath.get(reference[1]!)!);
  };
  const resolve = (reference: string): unknown => {
    const target = byPath.get(referencePattern.exec(reference)![1]!)!;
    return typeof target.value === 'string' && referencePattern.test(target.value)
      ? resolve(target.value)
      : target.value;
  };
  const overrides: Record<string, Record<string, string>> = {};
  for (const token of tokens) {
    const [group, name, ...rest] = token.path.split('.');
    const known = (tokenContract as Record<string, object>)[group!];
    if (!known || rest.length > 0 || !Object.hasOwn(known, name!)) {
      throw new TypeError(`${label}: ${token.path} is not a Clinic UI token.`);
    }
    (overrides[group!] ??= {})[name!] = toCss(typeOf(token), token.value, resolve);
  }
  return overrides;
}
