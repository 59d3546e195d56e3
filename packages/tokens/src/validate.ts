import { parseColor } from './color';
import { tokenContract, tokenPaths, type ClinicThemeValues } from './contract';

/**
 * Throws a TypeError naming the first token a theme lacks, has empty, or does not know.
 * Used on every theme before it is built or returned, so that a gap never ships as an unset variable.
 */
export function assertCompleteTheme(
  theme: unknown,
  label = 'theme',
): asserts theme is ClinicThemeValues {
  const groups = theme as Record<string, Record<string, unknown> | undefined>;
  for (const [group, token] of tokenPaths()) {
    const value = groups?.[group]?.[token];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new TypeError(
        `${label}: token ${group}.${token} is missing (expected a non-empty string).`,
      );
    }
    // A value is written into a stylesheet as it stands: it must not end its declaration or rule.
    if (/[;{}<>]/.test(value)) {
      throw new TypeError(
        `${label}: token ${group}.${token} "${value}" may not contain ; { } < or >.`,
      );
    }
  }
  for (const [group, tokens] of Object.entries(groups ?? {})) {
    const known = (tokenContract as Record<string, object>)[group];
    for (const token of Object.keys(tokens ?? {})) {
      if (!known || !Object.hasOwn(known, token)) {
        throw new TypeError(`${label}: ${group}.${token} is not a Clinic UI token.`);
      }
    }
  }
}

/** Throws a TypeError naming the first colour token that is not an opaque CSS colour. */
export function assertValidColors(theme: ClinicThemeValues, label = 'theme'): void {
  for (const [token, value] of Object.entries(theme.color)) {
    const color = parseColor(value);
    if (!color) {
      throw new TypeError(`${label}: color.${token} "${value}" is not a valid CSS colour.`);
    }
    if ((color.alpha ?? 1) < 1) {
      throw new TypeError(
        `${label}: color.${token} "${value}" is translucent; colour tokens must be opaque so their contrast can be checked.`,
      );
    }
  }
}
