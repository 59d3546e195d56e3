import { describe, expect, it } from 'vitest';
import { formatCalendarDate, parseCalendarDate } from './date';

const formatters = new Map<string, Intl.DateTimeFormat>();
function intlLongDate(locale: string, utc: Date): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(utc);
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Every two-letter region code (assigned or not) and the numeric ones CLDR gives English data. */
const regions = [
  '001',
  '150',
  '419',
  ...[...letters].flatMap((a) => [...letters].map((b) => a + b)),
];
// Each month, a one-digit and a two-digit day, and a year before 1000.
const dates = [
  '2026-01-04',
  '2026-02-21',
  '2026-03-31',
  '2026-04-01',
  '2026-05-09',
  '2026-06-30',
  '2026-07-14',
  '2026-08-15',
  '2026-09-04',
  '2026-10-10',
  '2026-11-11',
  '2026-12-25',
  '0987-09-04',
].map((iso) => parseCalendarDate(iso)!);

describe('formatCalendarDate', () => {
  it.each(['en', 'es'])(
    'writes %s long dates as Intl does, for the language alone and every region',
    (language) => {
      const mismatches: string[] = [];
      for (const locale of [language, ...regions.map((region) => `${language}-${region}`)]) {
        // Where CLDR has no data for the region, Intl falls back to the language alone ("en",
        // which writes US dates); the blocks write international English (en-001) there.
        const hasData = new Intl.DateTimeFormat(locale).resolvedOptions().locale !== language;
        const reference = locale === language || hasData || language !== 'en' ? locale : 'en-001';
        for (const date of dates) {
          const expected = intlLongDate(reference, date.utc);
          const actual = formatCalendarDate(date, locale);
          if (actual !== expected)
            mismatches.push(`${locale} ${date.iso}: ${actual} ≠ ${expected}`);
        }
      }
      expect(mismatches).toEqual([]);
    },
  );

  it('takes any case and a script subtag', () => {
    const date = parseCalendarDate('2026-03-04')!;
    expect(formatCalendarDate(date, 'en-gb')).toBe('4 March 2026');
    // No CLDR data for English in Argentina: international English, not US dates.
    expect(formatCalendarDate(date, 'en-AR')).toBe('4 March 2026');
    expect(formatCalendarDate(date, 'en-Latn-US')).toBe('March 4, 2026');
    expect(formatCalendarDate(date, 'ES-pe')).toBe(intlLongDate('es-PE', date.utc));
  });

  it('leaves other languages and tags with extensions to Intl', () => {
    const date = parseCalendarDate('2026-03-04')!;
    for (const locale of ['de-DE', 'fr', 'en-US-u-ca-buddhist', 'es-MX-u-nu-arab'])
      expect(formatCalendarDate(date, locale)).toBe(intlLongDate(locale, date.utc));
    expect(formatCalendarDate(date, 'en-US-u-ca-buddhist')).toContain('2569');
  });

  it('shows the same day in every time zone', () => {
    const date = parseCalendarDate('2026-12-31')!;
    expect(formatCalendarDate(date, 'en')).toBe('December 31, 2026');
    expect(formatCalendarDate(date, 'es')).toBe('31 de diciembre de 2026');
  });
});
