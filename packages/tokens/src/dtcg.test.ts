import { describe, expect, it } from 'vitest';
import { tokenPaths, type ClinicThemeValues } from './contract';
import { builtInDtcgFiles, tokenTypes, toDtcg, type DtcgGroup, type DtcgToken } from './dtcg';
import { fromDtcg, validateDtcg } from './dtcgRead';
import { builtInThemes, defaultThemeName } from './themes/index';

const themes = Object.entries(builtInThemes);

/** A theme with `#abc` colours written `#aabbcc`, the only form DTCG's `hex` takes. */
const withLongHex = (values: ClinicThemeValues) => ({
  ...values,
  color: Object.fromEntries(
    Object.entries(values.color).map(([token, value]) => [
      token,
      value.replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/i, '#$1$1$2$2$3$3'),
    ]),
  ),
});
const tokenAt = (document: DtcgGroup, [group, token]: [string, string]) =>
  (document[group] as Record<string, DtcgToken>)[token]!;

describe.each(themes)('the DTCG export of %s', (name, values) => {
  const document = toDtcg(values, name);

  it('is valid by the format’s rules: every token has $value and $type, references resolve', () => {
    expect(validateDtcg(document)).toEqual([]);
  });

  it('has $type, $value and $description on every token of the contract, and nothing else', () => {
    const paths = tokenPaths();
    for (const path of paths) {
      const token = tokenAt(document, path);
      expect(Object.keys(token).sort(), path.join('.')).toEqual([
        '$description',
        '$type',
        '$value',
      ]);
      expect(token.$description, path.join('.')).toMatch(/\w/);
      expect(token.$type).toBe(
        (tokenTypes as Record<string, Record<string, string>>)[path[0]]![path[1]],
      );
    }
    const groups = Object.keys(document).filter((key) => !key.startsWith('$'));
    expect(groups).toEqual([...new Set(paths.map(([group]) => group))]);
  });

  it('writes colours as colour objects, and sizes and durations in their typed forms', () => {
    const brand = tokenAt(document, ['color', 'brand']).$value as {
      colorSpace: string;
      components: number[];
      hex: string;
    };
    expect(brand.colorSpace).toBe('srgb');
    expect(brand.components).toHaveLength(3);
    for (const component of brand.components) expect(component).toBeGreaterThanOrEqual(0);
    expect(brand.hex).toMatch(/^#[0-9a-f]{6}$/);
    expect(tokenAt(document, ['space', 'md']).$value).toEqual({ value: 1, unit: 'rem' });
    expect(tokenAt(document, ['radius', 'pill']).$value).toEqual({ value: 999, unit: 'px' });
    expect(tokenAt(document, ['motion', 'durationFast']).$value).toEqual({
      value: 120,
      unit: 'ms',
    });
    expect(tokenAt(document, ['motion', 'easing']).$value).toEqual([0.2, 0, 0, 1]);
    expect(tokenAt(document, ['fontWeight', 'bold']).$value).toBe(700);
    expect(tokenAt(document, ['font', 'body']).$value).toContain('Segoe UI');
    expect(tokenAt(document, ['shadow', 'sm']).$value).toMatchObject({
      offsetX: { value: 0, unit: 'px' },
      offsetY: { value: 1, unit: 'px' },
      blur: { value: 2, unit: 'px' },
      color: { colorSpace: 'srgb', alpha: 0.08 },
    });
  });

  it('writes the heading font as a reference to the body font', () => {
    expect(tokenAt(document, ['font', 'heading']).$value).toBe('{font.body}');
  });

  it('reads back into the theme it was made from (colours as DTCG keeps them: 6-digit hex)', () => {
    expect(fromDtcg(document)).toEqual(withLongHex(values));
  });
});

describe('the published files', () => {
  it('are one per built-in theme, and tokens.json is the default theme', () => {
    const files = builtInDtcgFiles(builtInThemes, defaultThemeName);
    expect(Object.keys(files).sort()).toEqual([
      'tokens.json',
      'tokens/calm.tokens.json',
      'tokens/dark.tokens.json',
      'tokens/warm.tokens.json',
    ]);
    expect(fromDtcg(files['tokens.json'])).toEqual(withLongHex(builtInThemes[defaultThemeName]));
    expect(fromDtcg(files['tokens/dark.tokens.json'])).toEqual(withLongHex(builtInThemes.dark));
  });
});

describe('validation catches what breaks the format', () => {
  const valid = () => toDtcg(builtInThemes.calm) as Record<string, Record<string, unknown>>;

  it('a token without $value', () => {
    const document = valid();
    document.color!.brand = { $type: 'color', $description: 'no value' };
    expect(validateDtcg(document)).toEqual(['color.brand: has no $value (every token needs one)']);
  });

  it('a value that does not match its type', () => {
    const document = valid();
    document.space!.md = { $type: 'dimension', $value: '1rem' };
    document.color!.text = { $type: 'color', $value: '#000000' };
    document.motion!.durationFast = { $type: 'duration', $value: { value: 1, unit: 'px' } };
    expect(validateDtcg(document)).toEqual([
      'color.text: a color $value must be an object with colorSpace and components',
      'space.md: a dimension $value must be { value: number, unit: "px" | "rem" }',
      'motion.durationFast: a duration $value must be { value: number, unit: "ms" | "s" }',
    ]);
  });

  it('a token without a $type of its own or from its group, and a group $type inherited', () => {
    const document = valid();
    document.lineHeight = { $type: 'number', tight: { $value: 1.2 }, normal: { $value: 1.5 } };
    expect(validateDtcg(document)).toEqual([]);
    document.radius!.sm = { $value: { value: 2, unit: 'px' } };
    expect(validateDtcg(document)).toEqual(['radius.sm: has no $type']);
  });

  it('references that name nothing, loop, or change type', () => {
    const document = valid();
    document.font!.heading = { $type: 'fontFamily', $value: '{font.display}' };
    document.color!.accent = { $type: 'color', $value: '{color.border}' };
    document.color!.border = { $type: 'color', $value: '{color.accent}' };
    document.space!.lg = { $type: 'dimension', $value: '{color.brand}' };
    expect(validateDtcg(document).sort()).toEqual(
      [
        'color.accent: the reference {color.border} is circular',
        'color.border: the reference {color.accent} is circular',
        'font.heading: the reference {font.display} names no token',
        'space.lg: its $type dimension does not match color.brand (color)',
      ].sort(),
    );
  });

  it('fromDtcg refuses an invalid document, listing each problem, and unknown tokens', () => {
    const document = valid();
    document.space!.md = { $type: 'dimension', $value: '1rem' };
    expect(() => fromDtcg(document, 'theme.json')).toThrow(
      'theme.json: not a valid DTCG document:\n  - space.md: a dimension $value must be',
    );
    expect(() =>
      fromDtcg({
        color: {
          primary: { $type: 'color', $value: { colorSpace: 'srgb', components: [0, 0, 0] } },
        },
      }),
    ).toThrow('DTCG: color.primary is not a Clinic UI token.');
  });

  it('reads other colour spaces, keywords and references into CSS', () => {
    expect(
      fromDtcg({
        color: {
          brand: { $type: 'color', $value: { colorSpace: 'oklch', components: [0.45, 0.1, 250] } },
          accent: {
            $type: 'color',
            $value: { colorSpace: 'display-p3', components: [0.2, 0.5, 0.4], alpha: 0.5 },
          },
          text: { $type: 'color', $value: { colorSpace: 'srgb', components: [0, 0, 0] } },
          textMuted: { $value: '{color.text}' },
        },
        fontWeight: { bold: { $type: 'fontWeight', $value: 'semi-bold' } },
        font: { body: { $type: 'fontFamily', $value: ['Fernhollow Sans', 'sans-serif'] } },
      }),
    ).toEqual({
      color: {
        brand: 'oklch(0.45 0.1 250)',
        accent: 'color(display-p3 0.2 0.5 0.4 / 0.5)',
        text: 'rgb(0 0 0)',
        textMuted: 'rgb(0 0 0)',
      },
      fontWeight: { bold: '600' },
      font: { body: '"Fernhollow Sans", sans-serif' },
    });
  });
});
