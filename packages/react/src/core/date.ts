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

/**
 * The long date in the two languages the blocks ship strings for, as CLDR writes it (the test
 * compares every region with Intl). Not Intl.DateTimeFormat: its first use in a page loads ICU's
 * date patterns, measured at 50–160 ms in Chromium, a long task of its own in the byline's render.
 */
const longDates = {
  en: {
    months: 'January February March April May June July August September October November December',
    // `en` alone and these regions write "March 4, 2026"; the rest "4 March 2026", as
    // international English (en-001) does, also where CLDR has no English data for the region.
    monthFirst: 'AS BI CA GU JP JT MH MI MP PH PR PU UM US VI WK',
    // Day first with two digits ("04 March 2026").
    twoDigitDay: 'BW BZ MT RH ZA ZW',
  },
  es: {
    months:
      'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    // "setiembre" instead of "septiembre".
    setiembre: 'PE UY',
    twoDigitDay: 'HN',
  },
};

/** Language, optional script and optional region, nothing else (no -u- calendar or numbering). */
const simpleTag = /^(en|es)(?:[-_][a-z]{4})?(?:[-_]([a-z]{2}|\d{3}))?$/i;

/** The date in the locale's long style ("March 4, 2026", "4 de marzo de 2026"), the same day everywhere. */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  const match = simpleTag.exec(locale);
  if (!match)
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date.utc);
  const language = match[1]!.toLowerCase() as keyof typeof longDates;
  const region = match[2]?.toUpperCase();
  const inList = (list: string) => region !== undefined && list.split(' ').includes(region);
  const day = date.utc.getUTCDate();
  const twoDigitDay = String(day).padStart(2, '0');
  const year = date.utc.getUTCFullYear();
  const monthIndex = date.utc.getUTCMonth();
  if (language === 'es') {
    const { months, setiembre, twoDigitDay: padded } = longDates.es;
    const month =
      monthIndex === 8 && inList(setiembre) ? 'setiembre' : months.split(' ')[monthIndex];
    return `${inList(padded) ? twoDigitDay : day} de ${month} de ${year}`;
  }
  const { months, monthFirst, twoDigitDay: padded } = longDates.en;
  const month = months.split(' ')[monthIndex];
  if (region === undefined || inList(monthFirst)) return `${month} ${day}, ${year}`;
  return `${inList(padded) ? twoDigitDay : day} ${month} ${year}`;
}
