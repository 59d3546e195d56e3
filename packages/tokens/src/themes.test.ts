import { converter } from 'culori/fn';
import { describe, expect, it } from 'vitest';
import { checkThemeContrast, contrastPairs, describeContrast } from './contrast';
import { parseColor } from './color';
import {
  autoTheme,
  builtInThemeNames,
  builtInThemes,
  isBuiltInThemeName,
  isThemeName,
  themeNames,
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
    expect(isBuiltInThemeName('dark')).toBe(true);
    expect(isBuiltInThemeName('toString')).toBe(false);
    // `auto` is a name a container may ask for, but no theme with values of its own.
    expect(isBuiltInThemeName('auto')).toBe(false);
    expect(isThemeName('auto')).toBe(true);
    expect(isThemeName('neon')).toBe(false);
    expect(themeNames).toEqual([...builtInThemeNames, 'auto']);
    expect(themeSelector('auto')).toBe('.clinic-theme-auto, [data-clinic-theme="auto"]');
  });

  it('auto switches between the default theme and dark', () => {
    expect(autoTheme).toEqual({ light: 'calm', dark: 'dark' });
  });
});

// The colours that carry meaning must carry the same one in dark: a reader who learnt that green
// means "accepting new patients" and red means danger or crisis must not have to relearn it.
const toOklch = converter('oklch');
function oklch(value: string) {
  const color = parseColor(value); // also registers the colour spaces converter() needs
  if (!color) throw new TypeError(`${value} is not a colour`);
  return toOklch(color);
}
const hue = (value: string) => oklch(value).h ?? 0;
const lightness = (value: string) => oklch(value).l;

describe('dark keeps the meaning of each colour', () => {
  it.each([
    ['success', 'accepting new patients'],
    ['danger', 'errors and crisis information'],
    ['warning', 'cautionary status'],
    ['accent', 'the recommended option and card edges'],
    ['brand', 'links and the recommended badge'],
    ['focusRing', 'keyboard focus'],
  ] as const)('%s (%s) keeps its hue from calm', (token, _meaning) => {
    const light = hue(builtInThemes.calm.color[token]);
    const dark = hue(builtInThemes.dark.color[token]);
    const apart = Math.min(Math.abs(light - dark), 360 - Math.abs(light - dark));
    expect(apart, `${token}: calm ${light.toFixed(0)}°, dark ${dark.toFixed(0)}°`).toBeLessThan(15);
  });

  it('success, warning and danger stay far apart from each other in dark', () => {
    const [success, warning, danger] = (['success', 'warning', 'danger'] as const).map((token) =>
      hue(builtInThemes.dark.color[token]),
    );
    expect(Math.abs(success! - warning!)).toBeGreaterThan(45);
    expect(Math.abs(warning! - danger!)).toBeGreaterThan(30);
  });

  it('the surfaces are dark and the text light', () => {
    const { surface, surfaceRaised, text } = builtInThemes.dark.color;
    expect(lightness(surface)).toBeLessThan(0.3);
    expect(lightness(surfaceRaised)).toBeLessThan(0.3);
    expect(lightness(text)).toBeGreaterThan(0.9);
  });
});
