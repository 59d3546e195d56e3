import { describe, expect, it } from 'vitest';
import {
  checkScreenerForm,
  checkScreenerInstrument,
  getScreenerProfile,
  parseScreenerBands,
  scoreScreener,
  screenerProfiles,
  type ScreenerItemShape,
  type ScreenerProfile,
} from './screener';
import { screenerMessageTables } from './screenerMessages';

function recorder() {
  const problems: string[] = [];
  return { problems, report: (problem: string) => problems.push(problem) };
}

/** Answers for `count` items adding up to `total`, filling items from the first with 3s. */
function answersFor(total: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => Math.max(0, Math.min(3, total - index * 3)));
}

/** A well-formed item: options valued 0-3. */
const item = (name: string): ScreenerItemShape => ({ name, values: ['0', '1', '2', '3'] });
const items = (count: number) => Array.from({ length: count }, (_, i) => item(`q${i + 1}`));

const custom = getScreenerProfile(
  'custom',
  '0-4:Low;5-9:Some;10-:High',
  'bands',
) as ScreenerProfile;

type BandCase = readonly [total: number, band: string, positive: boolean];
const profileCases: { profile: ScreenerProfile; count: number; cases: readonly BandCase[] }[] = [
  {
    profile: screenerProfiles['phq-9'],
    count: 9,
    cases: [
      [0, 'minimal', false],
      [4, 'minimal', false],
      [5, 'mild', false],
      [9, 'mild', false],
      [10, 'moderate', true],
      [14, 'moderate', true],
      [15, 'moderatelySevere', true],
      [19, 'moderatelySevere', true],
      [20, 'severe', true],
      [27, 'severe', true],
    ],
  },
  {
    profile: screenerProfiles['gad-7'],
    count: 7,
    cases: [
      [0, 'minimal', false],
      [4, 'minimal', false],
      [5, 'mild', false],
      [9, 'mild', false],
      [10, 'moderate', true],
      [14, 'moderate', true],
      [15, 'severe', true],
      [21, 'severe', true],
    ],
  },
  ...(['phq-2', 'gad-2'] as const).map((name) => ({
    profile: screenerProfiles[name],
    count: 2,
    cases: [
      [0, 'belowCutoff', false],
      [2, 'belowCutoff', false],
      [3, 'atCutoff', true],
      [6, 'atCutoff', true],
    ] satisfies BandCase[],
  })),
];

describe.each(profileCases)('$profile.instrument scoring', ({ profile, count, cases }) => {
  it.each(cases)('puts a total of %i in the %s band (positive: %s)', (total, band, positive) => {
    const { missing, result } = scoreScreener(profile, answersFor(total, count));
    expect(missing).toEqual([]);
    expect(result?.total).toBe(total);
    expect(result?.max).toBe(count * 3);
    expect(result?.band.key).toBe(band);
    expect(result?.positive).toBe(positive);
  });

  it('names a built-in band in every language', () => {
    for (const band of profile.bands)
      for (const table of Object.values(screenerMessageTables)) {
        expect(table.bands[band.key as keyof typeof table.bands]).toBeTruthy();
        expect(table.bandMeanings[band.key as keyof typeof table.bands]).toBeTruthy();
      }
  });

  it('covers every total from 0 to the maximum exactly once', () => {
    for (let total = 0; total <= count * 3; total++)
      expect(profile.bands.filter((b) => total >= b.from && total <= b.to)).toHaveLength(1);
  });
});

describe('custom scoring', () => {
  it.each([
    [0, 'Low'],
    [4, 'Low'],
    [5, 'Some'],
    [9, 'Some'],
    [10, 'High'],
    [12, 'High'],
  ])('puts a total of %i of 4 items in "%s", with no cut-off', (total, label) => {
    const { result } = scoreScreener(custom, answersFor(total, 4));
    expect(result?.band.label).toBe(label);
    expect(result?.max).toBe(12);
    expect(result?.positive).toBeUndefined();
    expect(result?.selfHarm).toBe(false);
  });
});

describe('the self-harm item (PHQ-9 item 9)', () => {
  const phq9 = screenerProfiles['phq-9'];
  it.each([1, 2, 3])('flags any answer but "not at all" (%i), whatever the total', (answer) => {
    const answers = [0, 0, 0, 0, 0, 0, 0, 0, answer];
    const { result } = scoreScreener(phq9, answers);
    expect(result?.selfHarm).toBe(true);
    expect(result?.band.key).toBe('minimal');
  });

  it('does not flag "not at all", even with a high total', () => {
    expect(scoreScreener(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 0]).result?.selfHarm).toBe(false);
  });

  it('is not looked for in the other instruments', () => {
    expect(scoreScreener(screenerProfiles['gad-7'], [0, 0, 0, 0, 0, 0, 3]).result?.selfHarm).toBe(
      false,
    );
    expect(scoreScreener(screenerProfiles['phq-2'], [3, 3]).result?.selfHarm).toBe(false);
  });
});

describe('the unscored tenth PHQ-9 question', () => {
  const phq9 = screenerProfiles['phq-9'];
  it('is not added to the total', () => {
    const { result } = scoreScreener(phq9, [1, 1, 1, 1, 1, 0, 0, 0, 0, 3]);
    expect(result?.total).toBe(5);
    expect(result?.band.key).toBe('mild');
  });

  it('is not required for a result', () => {
    expect(scoreScreener(phq9, [1, 1, 1, 1, 1, 0, 0, 0, 0, undefined]).result?.total).toBe(5);
  });

  it('is accepted as a tenth fieldset, but an eleventh is not', () => {
    expect(checkScreenerForm(phq9, items(10), 'form')).toBe(true);
    const { problems, report } = recorder();
    expect(checkScreenerForm(phq9, items(11), 'form', report)).toBe(false);
    expect(problems).toEqual([
      'form: phq-9 needs 9 scored items (and up to 1 unscored after them); the form has 11.',
    ]);
  });
});

describe('unanswered items', () => {
  it('lists every unanswered scored item, 1-based, and gives no result', () => {
    const { missing, result } = scoreScreener(screenerProfiles['gad-7'], [
      1,
      undefined,
      2,
      undefined,
      0,
      0,
    ]);
    expect(missing).toEqual([2, 4, 7]);
    expect(result).toBeUndefined();
  });

  it('treats a value outside 0-3 as unanswered', () => {
    expect(scoreScreener(screenerProfiles['phq-2'], [4, 1]).missing).toEqual([1]);
  });
});

describe('the structure of a form', () => {
  it.each([
    ['phq-9', 9],
    ['gad-7', 7],
    ['phq-2', 2],
    ['gad-2', 2],
  ] as const)('accepts %s with %i items valued 0-3', (name, count) => {
    const { problems, report } = recorder();
    expect(checkScreenerForm(screenerProfiles[name], items(count), 'form', report)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('refuses a PHQ-9 without its self-harm item, saying so', () => {
    const { problems, report } = recorder();
    expect(checkScreenerForm(screenerProfiles['phq-9'], items(8), 'form', report)).toBe(false);
    expect(problems).toEqual([
      'form: phq-9 needs 9 scored items (and up to 1 unscored after them); the form has 8.',
      'form: item 9, the self-harm item of phq-9, is missing.',
    ]);
  });

  it.each([
    ['gad-7', 9, 'form: gad-7 needs 7 items; the form has 9.'],
    ['phq-2', 1, 'form: phq-2 needs 2 items; the form has 1.'],
    ['gad-2', 7, 'form: gad-2 needs 2 items; the form has 7.'],
  ] as const)('refuses %s with %i items', (name, count, message) => {
    const { problems, report } = recorder();
    expect(checkScreenerForm(screenerProfiles[name], items(count), 'form', report)).toBe(false);
    expect(problems).toEqual([message]);
  });

  it.each([
    [['1', '2', '3', '4'], '"1", "2", "3", "4"'],
    [['0', '1', '2'], '"0", "1", "2"'],
    [['0', '1', '1', '3'], '"0", "1", "1", "3"'],
    [['0', '1', '2', 'often'], '"0", "1", "2", "often"'],
  ])('refuses an item with options %j', (values, shown) => {
    const { problems, report } = recorder();
    const form = [item('a'), { name: 'b', values }];
    expect(checkScreenerForm(screenerProfiles['gad-2'], form, 'form', report)).toBe(false);
    expect(problems).toEqual([
      `form: item 2 has options valued ${shown}; it needs one each of 0, 1, 2 and 3.`,
    ]);
  });

  it('accepts options in any order and as numbers', () => {
    const form = [{ values: [3, 2, 1, 0] }, { values: ['2', '0', '3', '1'] }];
    expect(checkScreenerForm(screenerProfiles['phq-2'], form, 'form')).toBe(true);
  });

  it('refuses two items sharing a radio group name', () => {
    const { problems, report } = recorder();
    expect(
      checkScreenerForm(screenerProfiles['phq-2'], [item('x'), item('x')], 'form', report),
    ).toBe(false);
    expect(problems).toEqual(['form: item 2 reuses the name "x"; each item needs its own.']);
  });

  it('refuses custom bands that stop short of the highest total', () => {
    const { problems, report } = recorder();
    const closed = getScreenerProfile('custom', '0-4:Low;5-9:High', 'bands') as ScreenerProfile;
    expect(checkScreenerForm(closed, items(4), 'form', report)).toBe(false);
    expect(problems).toEqual(['form: the bands end at 9, but 4 items can total 12.']);
    expect(checkScreenerForm(closed, items(3), 'form')).toBe(true);
  });

  it('refuses a custom form with no items', () => {
    const { problems, report } = recorder();
    expect(checkScreenerForm(custom, [], 'form', report)).toBe(false);
    expect(problems[0]).toMatch(/^form: the form has no items/);
  });
});

describe('custom bands', () => {
  it('parses ranges and names, with an open last band', () => {
    expect(parseScreenerBands(' 0-4 : Low ; 5-9:Some;10-:High ', 'bands')).toEqual([
      { from: 0, to: 4, label: 'Low' },
      { from: 5, to: 9, label: 'Some' },
      { from: 10, to: Number.POSITIVE_INFINITY, label: 'High' },
    ]);
  });

  it.each([
    [
      undefined,
      'bands is missing; a custom screener needs bands such as "0-4:Low;5-9:Some;10-:High".',
    ],
    ['', 'bands is missing; a custom screener needs bands such as "0-4:Low;5-9:Some;10-:High".'],
    ['0-4:Low;;5-:High', 'bands "0-4:Low;;5-:High": entry 2 is empty (a stray ";").'],
    ['0-4;5-:High', 'bands "0-4;5-:High": "0-4" has no name; write it as "from-to:Name".'],
    ['0-4:;5-:High', 'bands "0-4:;5-:High": "0-4:" has no name; write it as "from-to:Name".'],
    ['low:Low', 'bands "low:Low": "low" is not a range of whole numbers such as "5-9" or "10-".'],
    [
      '0-4.5:Low',
      'bands "0-4.5:Low": "0-4.5" is not a range of whole numbers such as "5-9" or "10-".',
    ],
    ['1-4:Low;5-:High', 'bands "1-4:Low;5-:High": the first band starts at 1; it must start at 0.'],
    [
      '0-4:Low;6-:High',
      'bands "0-4:Low;6-:High": "6-" starts at 6; after the band before it, it must start at 5 (no gaps or overlaps).',
    ],
    [
      '0-4:Low;3-:High',
      'bands "0-4:Low;3-:High": "3-" starts at 3; after the band before it, it must start at 5 (no gaps or overlaps).',
    ],
    ['0-4:Low;9-5:Mid;10-:High', 'bands "0-4:Low;9-5:Mid;10-:High": "9-5" ends before it starts.'],
    [
      '0-:Low;5-9:High',
      'bands "0-:Low;5-9:High": "0-" is open-ended, which only the last band may be.',
    ],
  ])('refuses %j, naming the problem', (value, message) => {
    const { problems, report } = recorder();
    expect(parseScreenerBands(value, 'bands', report)).toBeUndefined();
    expect(problems).toEqual([message]);
    expect(getScreenerProfile('custom', value, 'bands')).toBeUndefined();
  });
});

describe('instrument names', () => {
  it.each(['phq-9', 'GAD-7', ' phq-2 ', 'gad-2', 'custom'])('accepts %j', (value) => {
    expect(checkScreenerInstrument(value, 'instrument')).toBe(value.trim().toLowerCase());
  });

  it.each([
    ['phq9', 'instrument "phq9" is not one of phq-9, gad-7, phq-2, gad-2, custom.'],
    [undefined, 'instrument is missing; use one of phq-9, gad-7, phq-2, gad-2, custom.'],
  ])('reports %j', (value, message) => {
    const { problems, report } = recorder();
    expect(checkScreenerInstrument(value, 'instrument', report)).toBeUndefined();
    expect(problems).toEqual([message]);
  });
});

describe('crisis text', () => {
  it.each(Object.entries(screenerMessageTables))(
    'in %s never offers the ended "press 3" option',
    (_locale, table) => {
      expect(JSON.stringify(table)).not.toMatch(/press 3|marca 3|marque 3/i);
    },
  );
});
