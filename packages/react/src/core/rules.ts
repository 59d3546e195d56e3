// The input rules that are not about URLs or dates (see url.ts, date.ts). Each takes the raw value
// as either channel has it (a React prop or an element's attribute text), the name to report it
// under, and a Report; it returns the usable value or undefined.
import { isThemeName, themeNames, type ThemeName } from '@clinic-ui/tokens';
import { ignoreProblems, type Report } from './report';

/** A read time in whole minutes (a positive integer, or its decimal text). */
export function checkReadMinutes(
  value: number | string | undefined,
  name: string,
  report: Report = ignoreProblems,
): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  const minutes = text === '' ? Number.NaN : Number(text);
  if (Number.isInteger(minutes) && minutes > 0) return minutes;
  report(`${name} "${String(value)}" is not a positive whole number of minutes; it is not shown.`);
  return undefined;
}

const phonePattern = /^[\d\s+\-().]+$/;

/** A phone number as written (`text`) and the `tel:` URL that dials it (`href`). */
export interface PhoneNumber {
  text: string;
  href: string;
}

/**
 * A phone number as people write it: digits, spaces, `+`, `-`, parentheses and dots, with at
 * least one digit. Anything else is reported and dropped.
 */
export function checkPhone(
  value: string | undefined,
  name: string,
  report: Report = ignoreProblems,
): PhoneNumber | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value.trim();
  const digits = text.replace(/\D/g, '');
  if (!phonePattern.test(text) || digits === '') {
    report(
      `${name} "${value}" may hold only digits, spaces, +, -, parentheses and dots; it is not shown.`,
    );
    return undefined;
  }
  return { text, href: `tel:${text.startsWith('+') ? '+' : ''}${digits}` };
}

/** Locations as a list, from a list or from text separated by `;`; blank entries are dropped. */
export function splitLocations(value: string | readonly string[] | undefined): string[] {
  const list = typeof value === 'string' ? value.split(';') : (value ?? []);
  return list.map((place) => place.trim()).filter(Boolean);
}

/**
 * A built-in theme's name, or `auto` (follows the reader's colour scheme); anything else is
 * reported, and the default theme applies.
 */
export function checkThemeName(
  value: string | undefined,
  name: string,
  report: Report = ignoreProblems,
): ThemeName | undefined {
  if (value === undefined || value === null) return undefined;
  if (isThemeName(value)) return value;
  report(
    `${name} "${value}" is not a built-in theme (${themeNames.join(', ')}); using the default.`,
  );
  return undefined;
}

/** The levels a block's heading may take (an `<h1>` belongs to the page). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading level from 2 to 6, as a number or its text. */
export function checkHeadingLevel(
  value: number | string | undefined,
  name: string,
  report: Report = ignoreProblems,
): HeadingLevel | undefined {
  if (value === undefined || value === null) return undefined;
  const level = Number(String(value).trim());
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
  report(
    `${name} "${String(value)}" is not a heading level from 2 to 6; the page's outline decides.`,
  );
  return undefined;
}
