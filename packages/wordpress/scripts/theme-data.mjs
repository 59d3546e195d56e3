// The site-wide theme as the plugin needs it, read from the built @clinic-ui/tokens: the built-in
// themes' colours, the contrast pairs and their WCAG minimums (`@clinic-ui/tokens/contrast`, the
// one home of that rule: createClinicTheme checks the same list), and the `--clinic-*` properties
// each theme changes from the default. The build writes it as includes/generated/theme.php.
import {
  autoTheme,
  autoThemeName,
  builtInThemes,
  cssVariableName,
  defaultThemeName,
  themeNames,
  toCssVariables,
} from '@clinic-ui/tokens';
import { contrastPairs } from '@clinic-ui/tokens/contrast';

/** The colours a site owner may set on the settings page: the brand colours of the contract. */
export const brandColors = ['brand', 'onBrand', 'accent'];

const hex = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function themeData() {
  const defaults = toCssVariables(builtInThemes[defaultThemeName]);
  const themes = {};
  for (const [name, values] of Object.entries(builtInThemes)) {
    for (const [token, value] of Object.entries(values.color)) {
      // The PHP side measures #rgb and #rrggbb, the only colours the settings page accepts.
      if (!hex.test(value))
        throw new Error(`theme data: ${name} color.${token} "${value}" is not a hex colour.`);
    }
    // The site stylesheet sets properties on :root, outside the elements' reader-relative unit.
    const changed = Object.entries(toCssVariables(values)).filter(
      ([variable, value]) => value !== defaults[variable],
    );
    for (const [variable, value] of changed)
      if (/\drem\b/.test(value))
        throw new Error(`theme data: ${name} ${variable} "${value}" uses rem.`);
    themes[name] = { colors: { ...values.color }, css: Object.fromEntries(changed) };
  }
  for (const token of brandColors)
    if (!(token in builtInThemes[defaultThemeName].color))
      throw new Error(`theme data: color.${token} is not a token of the contract.`);
  return {
    default: defaultThemeName,
    names: [...themeNames],
    auto: { name: autoThemeName, light: autoTheme.light, dark: autoTheme.dark },
    themes,
    brand_colors: Object.fromEntries(
      brandColors.map((token) => [token, `--${cssVariableName(['color', token])}`]),
    ),
    pairs: contrastPairs.map(({ foreground, background, minimum, usage }) => ({
      foreground,
      background,
      minimum,
      usage,
    })),
  };
}
