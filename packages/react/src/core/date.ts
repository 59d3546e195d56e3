import { ignoreProblems, type Report } from './report';

/** A calendar date given as `YYYY-MM-DD`, checked to exist (no 2025-02-30). */
export interface CalendarDate {
  /** The `YYYY-MM-DD` string, for `<time dateTime>` and JSON-LD. */
  iso: string;
  /** Midnight UTC of that day; formatted in UTC so every time zone shows the same day. */
  utc: Date;
}

/** The date a `YYYY-MM-DD` string names, or undefined when it is malformed or does not exist. */
export function parseCalendarDate(value: string | undefined): CalendarDate | undefined {
  if (!value) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (
    utc.getUTCFullYear() !== year ||
    utc.getUTCMonth() !== month - 1 ||
    utc.getUTCDate() !== day
  ) {
    return undefined;
  }
  return { iso: match[0], utc };
}

/** `parseCalendarDate`, reporting a present but unusable value as `name`. */
export function checkCalendarDate(
  value: string | undefined,
  name: string,
  report: Report = ignoreProblems,
): CalendarDate | undefined {
  const date = parseCalendarDate(value);
  if (value?.trim() && !date)
    report(`${name} "${value}" is not a real date in YYYY-MM-DD form; it is not shown.`);
  return date;
}

/** The date in the locale's long style ("March 4, 2026", "4 de marzo de 2026"), the same day everywhere. */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date.utc);
}
