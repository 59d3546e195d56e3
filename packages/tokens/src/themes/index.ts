import type { ClinicThemeValues } from '../contract';
import { calm } from './calm';
import { dark } from './dark';
import { warm } from './warm';

export { calm, warm, dark };

/** The names of the built-in themes. Kept apart from their values, so checking a name is cheap. */
export const builtInThemeNames = ['calm', 'warm', 'dark'] as const;

/** The name of a built-in theme. */
export type BuiltInThemeName = (typeof builtInThemeNames)[number];

/** The built-in themes by name. */
export const builtInThemes: Record<BuiltInThemeName, ClinicThemeValues> = { calm, warm, dark };

/** The theme used where none is chosen. */
export const defaultThemeName: BuiltInThemeName = 'calm';

/**
 * `auto` is no theme of its own: it follows the reader's `prefers-color-scheme`, taking
 * `autoTheme.light` in light mode and `autoTheme.dark` in dark mode.
 */
export const autoThemeName = 'auto';

/** The built-in themes `auto` switches between. */
export const autoTheme = { light: 'calm', dark: 'dark' } as const satisfies Record<
  'light' | 'dark',
  BuiltInThemeName
>;

/**
 * Every name a container or element may ask for: the built-in themes, then `auto`. Written out
 * (a test checks it against the two above) because a spread would stay in bundles that only
 * import `vars`.
 */
export const themeNames = ['calm', 'warm', 'dark', 'auto'] as const;

/** A built-in theme's name, or `auto`. */
export type ThemeName = (typeof themeNames)[number];

/** The attribute that applies a built-in theme to a container: `data-clinic-theme="warm"`. */
export const themeAttribute = 'data-clinic-theme';

/** The class that applies a built-in theme (or `auto`) to a container, for example `clinic-theme-warm`. */
export function themeClassName(name: ThemeName): string {
  return `clinic-theme-${name}`;
}

/** The CSS selector matching containers that ask for a built-in theme (or `auto`) by class or attribute. */
export function themeSelector(name: ThemeName): string {
  return `.${themeClassName(name)}, [${themeAttribute}="${name}"]`;
}

/** True when `name` is the name of a built-in theme (not `auto`, which has no values of its own). */
export function isBuiltInThemeName(name: unknown): name is BuiltInThemeName {
  return (builtInThemeNames as readonly unknown[]).includes(name);
}

/** True when `name` is a built-in theme's name or `auto`: what the `theme` attribute accepts. */
export function isThemeName(name: unknown): name is ThemeName {
  return (themeNames as readonly unknown[]).includes(name);
}

/** The media query under which `auto` takes the dark theme. */
export const darkSchemeQuery = '(prefers-color-scheme: dark)';
