import { render } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { Byline } from './Byline';

// Node re-reads TZ whenever process.env.TZ is assigned (Linux and macOS), so one test file can
// visit the furthest zones on both sides of UTC. Each case first proves the zone really changed.
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const zones = [
  // UTC-12: midnight UTC on 4 March is still the evening of 3 March here.
  { tz: 'Etc/GMT+12', offsetMinutes: 720, naiveDay: 'March 3, 2026' },
  // UTC+14: the furthest zone ahead; local midnight on 4 March is still 3 March in UTC.
  { tz: 'Pacific/Kiritimati', offsetMinutes: -840, naiveDay: 'March 4, 2026' },
  { tz: 'UTC', offsetMinutes: 0, naiveDay: 'March 4, 2026' },
];

describe('Byline dates in every time zone', () => {
  it.each(zones)('shows the same calendar day in $tz', ({ tz, offsetMinutes, naiveDay }) => {
    process.env.TZ = tz;
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offsetMinutes);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz);
    // Control: formatting midnight UTC in the local zone, the usual bug, is off by a day in UTC-12.
    expect(
      new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date('2026-03-04')),
    ).toBe(naiveDay);

    const { container } = render(
      <Byline
        author={{ name: 'Jonah Pike' }}
        published="2026-03-04"
        reviewed="2026-12-31"
        locale="en"
      />,
    );
    const times = [...container.querySelectorAll('time')];
    expect(times.map((time) => [time.getAttribute('datetime'), time.textContent])).toEqual([
      ['2026-03-04', 'March 4, 2026'],
      ['2026-12-31', 'December 31, 2026'],
    ]);
  });

  it.each(zones)('shows the same calendar day in Spanish in $tz', ({ tz, offsetMinutes }) => {
    process.env.TZ = tz;
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offsetMinutes);
    const { container } = render(
      <Byline author={{ name: 'Jonah Pike' }} published="2027-01-01" locale="es" />,
    );
    expect(container.querySelector('time')?.textContent).toBe('1 de enero de 2027');
  });
});
