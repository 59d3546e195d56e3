import { describe, expect, it } from 'vitest';
import { checkThemeContrast, contrastPairs, describeContrast } from './contrast';
import {
  builtInThemeNames,
  builtInThemes,
  isBuiltInThemeName,
  themeSelector,
} from './themes/index';
import { assertCompleteTheme, assertValidColors } from './validate';

const themes = Object.entries(builtInThemes);

describe.each(themes)('built-in theme %s', (name, theme) => {
  it('sets every contract variable', () => {
    expect(() => assertCompleteTheme(theme, name)).not.toThrow();
  });

  it('uses only valid, opaque colours', () => {
    expect(() => assertValidColors(theme, name)).not.toThrow();
  });

  it('uses only system fonts (nothing to download)', () => {
    for (const stack of Object.values(theme.font)) expect(stack).not.toMatch(/url\(|@import/);
    expect(theme.font.body).toMatch(/sans-serif$/);
  });

  it.each(contrastPairs.map((pair) => [`${pair.foreground} on ${pair.background}`, pair] as const))(
    'meets WCAG AA for %s',
    (_label, pair) => {
      const result = checkThemeContrast(theme).find(
        (r) => r.foreground === pair.foreground && r.background === pair.background,
      )!;
      expect(result.ratio, describeContrast(result)).toBeGreaterThanOrEqual(pair.minimum);
    },
  );
});

describe('theme checks catch broken themes', () => {
  it('a theme lacking a contract variable is rejected, naming the token', () => {
    const { focusRing: _dropped, ...colorsWithoutFocus } = builtInThemes.calm.color;
    const broken = { ...builtInThemes.calm, color: colorsWithoutFocus };
    expect(() => assertCompleteTheme(broken, 'broken')).toThrow(
      'broken: token color.focusRing is missing',
    );
  });

  it('a theme with an unknown token is rejected, naming it', () => {
    const extra = { ...builtInThemes.warm, color: { ...builtInThemes.warm.color, brandd: '#000' } };
    expect(() => assertCompleteTheme(extra, 'typo')).toThrow(
      'typo: color.brandd is not a Clinic UI token.',
    );
  });

  it('a pair below its minimum ratio is reported as failing', () => {
    const faint = {
      color: { ...builtInThemes.calm.color, textMuted: '#9aa4ad' },
    };
    const failures = checkThemeContrast(faint).filter((result) => !result.passes);
    expect(failures.map(describeContrast)).toEqual([
      'textMuted on surface: 2.53:1 (needs 4.5:1)',
      'textMuted on surfaceRaised: 2.35:1 (needs 4.5:1)',
    ]);
  });
});

describe('theme selectors', () => {
  it('apply a theme to any container by class or attribute', () => {
    expect(themeSelector('warm')).toBe('.clinic-theme-warm, [data-clinic-theme="warm"]');
  });

  it('name exactly the built-in themes', () => {
    expect(Object.keys(builtInThemes)).toEqual([...builtInThemeNames]);
  });

  it('know the built-in names and nothing else', () => {
    expect(isBuiltInThemeName('calm')).toBe(true);
    expect(isBuiltInThemeName('warm')).toBe(true);
    expect(isBuiltInThemeName('toString')).toBe(false);
    expect(isBuiltInThemeName('dark')).toBe(false);
  });
});
