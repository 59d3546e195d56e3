import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkCalendarDate, parseCalendarDate } from './date';
import { checkPhone, checkReadMinutes, checkThemeName, splitLocations } from './rules';
import { checkImageUrl, checkLink, isSafeUrl } from './url';

/** A Report that records what it is told. */
function recorder() {
  const problems: string[] = [];
  return { problems, report: (problem: string) => problems.push(problem) };
}

describe('calendar dates', () => {
  it('accepts a real YYYY-MM-DD day and keeps it as UTC midnight', () => {
    const date = parseCalendarDate('2026-03-04');
    expect(date?.iso).toBe('2026-03-04');
    expect(date?.utc.toISOString()).toBe('2026-03-04T00:00:00.000Z');
  });

  it.each(['2026-02-30', '2026-13-01', '2026-3-4', '04/03/2026', 'soon'])(
    'reports "%s" by name and drops it',
    (value) => {
      const { problems, report } = recorder();
      expect(checkCalendarDate(value, 'published', report)).toBeUndefined();
      expect(problems).toEqual([
        `published "${value}" is not a real date in YYYY-MM-DD form; it is not shown.`,
      ]);
    },
  );

  it('says nothing about an absent date', () => {
    const { problems, report } = recorder();
    expect(checkCalendarDate(undefined, 'reviewed', report)).toBeUndefined();
    expect(checkCalendarDate('  ', 'reviewed', report)).toBeUndefined();
    expect(problems).toEqual([]);
  });
});

describe('read time', () => {
  it.each([
    [4, 4],
    ['7', 7],
    [' 12 ', 12],
  ])('accepts %j as %i minutes', (value, minutes) => {
    expect(checkReadMinutes(value, 'read-minutes')).toBe(minutes);
  });

  it.each([0, -3, 2.5, '', 'five', '4 min', Number.NaN])('reports %j', (value) => {
    const { problems, report } = recorder();
    expect(checkReadMinutes(value, 'read-minutes', report)).toBeUndefined();
    expect(problems).toEqual([
      `read-minutes "${String(value)}" is not a positive whole number of minutes; it is not shown.`,
    ]);
  });
});

describe('links', () => {
  it.each(['https://clinic.example/book', '/book', 'mailto:care@clinic.example', 'tel:+15550100'])(
    'keeps %s',
    (url) => expect(checkLink(` ${url} `, 'href')).toBe(url),
  );

  it.each(['javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,hi', 'vbscript:x', ''])(
    'reports %j with what the reader gets instead',
    (url) => {
      const { problems, report } = recorder();
      expect(
        checkLink(url, 'author-url', report, 'the name is shown without a link'),
      ).toBeUndefined();
      expect(problems).toEqual([
        `author-url "${url}" is not a safe link (allowed: http, https, mailto, tel or relative URLs); the name is shown without a link.`,
      ]);
    },
  );

  it('keeps images to http(s) and relative URLs', () => {
    const { problems, report } = recorder();
    expect(checkImageUrl('/people/a.png', 'avatarUrl', report)).toBe('/people/a.png');
    expect(checkImageUrl('mailto:a@b.example', 'avatarUrl', report)).toBeUndefined();
    expect(checkImageUrl('data:image/png;base64,AAAA', 'avatarUrl', report)).toBeUndefined();
    expect(problems).toHaveLength(2);
    expect(isSafeUrl('mailto:a@b.example')).toBe(true);
  });
});

describe('phone numbers', () => {
  it('dials digits and a leading + only, and shows the number as written', () => {
    expect(checkPhone(' +1 (555) 010-0199 ', 'phone')).toEqual({
      text: '+1 (555) 010-0199',
      href: 'tel:+15550100199',
    });
    expect(checkPhone('555+0100', 'phone')?.href).toBe('tel:5550100');
  });

  it.each(['call us', '555-0100 ext 2', '---', ''])('reports %j by name', (phone) => {
    const { problems, report } = recorder();
    expect(checkPhone(phone, 'phone', report)).toBeUndefined();
    expect(problems).toEqual([
      `phone "${phone}" may hold only digits, spaces, +, -, parentheses and dots; it is not shown.`,
    ]);
  });
});

describe('locations and themes', () => {
  it('splits text on ; and trims lists alike', () => {
    expect(splitLocations(' Harbor Street ; ;Online ')).toEqual(['Harbor Street', 'Online']);
    expect(splitLocations([' Harbor Street', '', 'Online'])).toEqual(['Harbor Street', 'Online']);
    expect(splitLocations(undefined)).toEqual([]);
  });

  it('accepts the built-in themes and auto, and reports anything else', () => {
    const { problems, report } = recorder();
    expect(checkThemeName('warm', 'theme', report)).toBe('warm');
    expect(checkThemeName('dark', 'theme', report)).toBe('dark');
    expect(checkThemeName('auto', 'theme', report)).toBe('auto');
    expect(checkThemeName('neon', 'theme', report)).toBeUndefined();
    expect(checkThemeName('Dark', 'theme', report)).toBeUndefined();
    expect(problems).toEqual([
      'theme "neon" is not a built-in theme (calm, warm, dark, auto); using the default.',
      'theme "Dark" is not a built-in theme (calm, warm, dark, auto); using the default.',
    ]);
  });
});

describe('without a report', () => {
  it('stays silent: the rules never log by themselves', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    checkCalendarDate('2026-02-30', 'published');
    checkPhone('call us', 'phone');
    checkLink('javascript:x', 'href');
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});

describe('the core is framework-free', () => {
  const files = readdirSync(import.meta.dirname).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
  );

  it.each(files)('%s imports no React', (file) => {
    const code = readFileSync(join(import.meta.dirname, file), 'utf8');
    expect(code).not.toMatch(/from ['"](react|react-dom)(\/[^'"]*)?['"]/);
    expect(code).not.toMatch(/['"]use client['"]/);
  });
});
