import { afterEach, describe, expect, it, vi } from 'vitest';
import { tokenPaths, type ClinicThemeValues } from './contract';
import { createClinicTheme, toCssVariables } from './createClinicTheme';
import { checkThemeContrast } from './contrast';
import { builtInDtcgFiles, cssColorToDtcg } from './dtcg';
import { builtInThemes, calm, dark, warm } from './themes/index';
import { vars } from './vars.css';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createClinicTheme', () => {
  it('merges a partial override over calm by default', () => {
    const theme = createClinicTheme({ color: { brand: '#5b3f8c' }, radius: { md: '2px' } });
    expect(theme.values.color.brand).toBe('#5b3f8c');
    expect(theme.values.radius.md).toBe('2px');
    expect(theme.values.color.text).toBe(calm.color.text);
    expect(theme.values.space).toEqual(calm.space);
    expect(theme.contrastFailures).toEqual([]);
  });

  it('merges over a named built-in or complete values', () => {
    expect(createClinicTheme({}, { base: 'warm' }).values).toEqual(warm);
    expect(
      createClinicTheme({ color: { text: '#000000' } }, { base: warm }).values.color.surface,
    ).toBe(warm.color.surface);
  });

  it('does not modify the base theme', () => {
    createClinicTheme({ color: { brand: '#000000' } });
    expect(calm.color.brand).toBe('#1f5f7a');
  });

  it('exposes the theme as --clinic-* variables and as a CSS rule', () => {
    const theme = createClinicTheme({ color: { brand: '#5b3f8c' } });
    expect(theme.cssVariables['--clinic-color-brand']).toBe('#5b3f8c');
    expect(theme.cssVariables['--clinic-space-md']).toBe(calm.space.md);
    expect(Object.keys(theme.cssVariables)).toHaveLength(tokenPaths().length);
    const css = theme.toCss('.my-clinic');
    expect(css).toMatch(/^\.my-clinic \{\n/);
    expect(css).toContain('  --clinic-color-brand: #5b3f8c;\n');
  });

  it('names each variable as `vars` does, in contract order, whatever order the values come in', () => {
    // `var(--clinic-color-brand)` in `vars` is `--clinic-color-brand` here, for every token.
    const leaf = (tree: object, [group, token]: [string, string]) =>
      (tree as Record<string, Record<string, string>>)[group]![token]!;
    const expected = (values: ClinicThemeValues) =>
      tokenPaths().map((path) => [
        leaf(vars, path).replace(/^var\((.*)\)$/, '$1'),
        leaf(values, path),
      ]);
    // The built-in themes list `color` last; the variables still start with the colours.
    expect(Object.keys(calm)[0]).not.toBe('color');
    expect(Object.entries(toCssVariables(calm))).toEqual(expected(calm));
    expect(Object.entries(toCssVariables(warm))).toEqual(expected(warm));
    const theme = createClinicTheme({ color: { brand: '#5b3f8c' } }, { base: 'warm' });
    expect(Object.entries(theme.cssVariables)).toEqual(expected(theme.values));
  });

  it('rejects an invalid colour with an error naming the token', () => {
    expect(() => createClinicTheme({ color: { brand: 'not-a-colour' } })).toThrow(
      new TypeError('createClinicTheme: color.brand "not-a-colour" is not a valid CSS colour.'),
    );
    expect(() => createClinicTheme({ color: { surface: '#ggg' } })).toThrow(
      /color\.surface "#ggg"/,
    );
  });

  it('rejects translucent colours, whose contrast cannot be known', () => {
    expect(() => createClinicTheme({ color: { text: 'rgb(0 0 0 / 0.5)' } })).toThrow(
      /color\.text "rgb\(0 0 0 \/ 0\.5\)" is translucent/,
    );
  });

  it('accepts any CSS colour syntax', () => {
    const theme = createClinicTheme({
      color: { brand: 'oklch(40% 0.1 250)', text: 'black', textMuted: 'hsl(210 15% 30%)' },
    });
    expect(theme.contrastFailures).toEqual([]);
  });

  it('rejects unknown tokens, groups and base themes', () => {
    // @ts-expect-error: not a token
    expect(() => createClinicTheme({ color: { primary: '#000' } })).toThrow(
      'createClinicTheme: color.primary is not a Clinic UI token.',
    );
    // @ts-expect-error: not a group
    expect(() => createClinicTheme({ colour: { brand: '#000' } })).toThrow(
      '"colour" is not a token group',
    );
    // @ts-expect-error: `auto` switches between two themes; it has no values to merge over
    expect(() => createClinicTheme({}, { base: 'auto' })).toThrow(
      'createClinicTheme: base "auto" is not a built-in theme (expected calm, warm or dark).',
    );
    expect(createClinicTheme({}, { base: 'dark' }).values).toEqual(dark);
  });

  it('rejects values that would break out of the stylesheet', () => {
    expect(() => createClinicTheme({ font: { body: 'Arial; } body { display: none' } })).toThrow(
      /font\.body .* may not contain/,
    );
  });

  it('warns about contrast failures by default, naming each pair', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const theme = createClinicTheme({ color: { brand: '#7fb3c8' } });
    expect(
      theme.contrastFailures.map((result) => `${result.foreground}/${result.background}`),
    ).toEqual(['brand/surface', 'brand/surfaceRaised', 'onBrand/brand']);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(
      /3 colour pair\(s\) fall below WCAG AA[\s\S]*onBrand on brand: \d\.\d\d:1 \(needs 4\.5:1\)/,
    );
  });

  it('throws on contrast failures when asked to, and stays quiet when asked to', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() =>
      createClinicTheme({ color: { text: '#bbbbbb' } }, { onContrastFailure: 'error' }),
    ).toThrow(RangeError);
    const quiet = createClinicTheme(
      { color: { text: '#bbbbbb' } },
      { onContrastFailure: 'ignore' },
    );
    expect(quiet.contrastFailures).toHaveLength(2);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('createClinicTheme with a DTCG document', () => {
  const brandFile = (brand: string) => ({
    color: {
      brand: { $type: 'color' as const, $value: cssColorToDtcg(brand) },
      accent: { $type: 'color' as const, $value: '{color.brand}' },
    },
    radius: { md: { $type: 'dimension' as const, $value: { value: 2, unit: 'px' } } },
  });

  it('reads a parsed document or its JSON text, merged over the base', () => {
    const parsed = createClinicTheme(brandFile('#5b3f8c'), { base: 'warm' });
    expect(parsed.values.color.brand).toBe('#5b3f8c');
    expect(parsed.values.color.accent).toBe('#5b3f8c');
    expect(parsed.values.radius.md).toBe('2px');
    expect(parsed.values.color.surface).toBe(warm.color.surface);
    const fromText = createClinicTheme(JSON.stringify(brandFile('#5b3f8c')), { base: 'warm' });
    expect(fromText.values).toEqual(parsed.values);
  });

  it('reads a whole published theme file back into that theme', () => {
    const darkFile = builtInDtcgFiles(builtInThemes, 'calm')['tokens/dark.tokens.json']!;
    const theme = createClinicTheme(JSON.stringify(darkFile));
    expect(theme.contrastFailures).toEqual([]);
    expect(theme.cssVariables['--clinic-color-surface']).toBe('#111122');
    expect(theme.values.space).toEqual(dark.space);
  });

  it('rejects failing contrast pairs, naming each pair and its measured ratio', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let error: unknown;
    try {
      createClinicTheme(brandFile('#7fb3c8'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RangeError);
    const message = (error as Error).message;
    const expected = checkThemeContrast({
      color: { ...calm.color, brand: '#7fb3c8', accent: '#7fb3c8' },
    }).filter((result) => !result.passes);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    for (const failure of expected) {
      expect(message).toContain(
        `${failure.foreground} on ${failure.background}: ${failure.ratio.toFixed(2)}:1 (needs ${failure.minimum}:1)`,
      );
    }
    expect(message).toMatch(/^createClinicTheme: \d+ colour pair\(s\) fall below WCAG AA/);
    expect(warn).not.toHaveBeenCalled();
  });

  it('can still be asked only to report failures', () => {
    const theme = createClinicTheme(brandFile('#7fb3c8'), { onContrastFailure: 'ignore' });
    expect(theme.contrastFailures.map((r) => `${r.foreground}/${r.background}`)).toContain(
      'onBrand/brand',
    );
  });

  it('rejects a document that breaks the format or names unknown tokens, saying where', () => {
    expect(() =>
      createClinicTheme({ space: { md: { $type: 'dimension', $value: '1rem' } } }),
    ).toThrow(
      'createClinicTheme: not a valid DTCG document:\n  - space.md: a dimension $value must be { value: number, unit: "px" | "rem" }',
    );
    expect(() =>
      createClinicTheme({
        color: { primary: { $type: 'color', $value: cssColorToDtcg('#000000') } },
      }),
    ).toThrow('createClinicTheme: color.primary is not a Clinic UI token.');
    expect(() => createClinicTheme('{ "color": ')).toThrow(
      /^createClinicTheme: the DTCG text is not valid JSON/,
    );
  });
});
