import { afterEach, describe, expect, it, vi } from 'vitest';
import { tokenPaths, type ClinicThemeValues } from './contract';
import { createClinicTheme, toCssVariables } from './createClinicTheme';
import { calm, dark, warm } from './themes/index';
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
