import type { ClinicThemeValues } from '../contract';
import { calm } from './calm';
import { warm } from './warm';

export { calm, warm };

/** The names of the built-in themes. Kept apart from their values, so checking a name is cheap. */
export const builtInThemeNames = ['calm', 'warm'] as const;

/** The name of a built-in theme. */
export type BuiltInThemeName = (typeof builtInThemeNames)[number];

/** The built-in themes by name. */
export const builtInThemes: Record<BuiltInThemeName, ClinicThemeValues> = { calm, warm };

/** The theme used where none is chosen. */
export const defaultThemeName: BuiltInThemeName = 'calm';

/** The attribute that applies a built-in theme to a container: `data-clinic-theme="warm"`. */
export const themeAttribute = 'data-clinic-theme';

/** The class that applies a built-in theme to a container, for example `clinic-theme-warm`. */
export function themeClassName(name: BuiltInThemeName): string {
  return `clinic-theme-${name}`;
}

/** The CSS selector matching containers that ask for a built-in theme by class or attribute. */
export function themeSelector(name: BuiltInThemeName): string {
  return `.${themeClassName(name)}, [${themeAttribute}="${name}"]`;
}

/** True when `name` is the name of a built-in theme. */
export function isBuiltInThemeName(name: unknown): name is BuiltInThemeName {
  return (builtInThemeNames as readonly unknown[]).includes(name);
}
