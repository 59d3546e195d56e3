// Scoring profiles of the self-screeners and the check of a form's structure against them. Both
// channels share it: the React Screener gets its items as props, the <clinic-screener> element
// reads them from the pasted form. The instruments' wording never lives here (clinics supply it).
import { ignoreProblems, type Report } from './report';

/**
 * Every class name of the Screener's styles starts with this (see tsup.config.ts), so bundles
 * without a screener (the widgets' clinic-ui.js) can leave its rules out of their stylesheet.
 */
export const screenerClassPrefix = 'clinic-screener-';

/** The scoring profiles: four published instruments, or a clinic's own check-in. */
export const screenerInstruments = ['phq-9', 'gad-7', 'phq-2', 'gad-2', 'custom'] as const;
export type ScreenerInstrument = (typeof screenerInstruments)[number];

/** Bands with built-in names and meanings (in the screener message tables). */
export type BuiltInBandKey =
  'minimal' | 'mild' | 'moderate' | 'moderatelySevere' | 'severe' | 'belowCutoff' | 'atCutoff';

/** A range of totals, `from` to `to` inclusive: a built-in band (`key`) or a clinic's (`label`). */
export interface ScreenerBand {
  from: number;
  to: number;
  key?: BuiltInBandKey;
  label?: string;
}

export interface ScreenerProfile {
  instrument: ScreenerInstrument;
  /** How many items are scored; undefined for `custom` (every item given is scored). */
  scoredItems?: number;
  /** Unscored items allowed after the scored ones (the PHQ-9's tenth, "how difficult"). */
  unscoredItems: number;
  bands: readonly ScreenerBand[];
  /** The total from which a screen is usually called positive. */
  positiveFrom?: number;
  /** The 1-based item about thoughts of self-harm, when the instrument has one. */
  selfHarmItem?: number;
}

/** Every option scores 0-3 ("not at all" … "nearly every day"). */
export const screenerOptionValues = [0, 1, 2, 3] as const;
const maxPerItem = 3;

const fullBands = (severeFrom: number, max: number): ScreenerBand[] => [
  { from: 0, to: 4, key: 'minimal' },
  { from: 5, to: 9, key: 'mild' },
  { from: 10, to: 14, key: 'moderate' },
  ...(severeFrom === 20 ? [{ from: 15, to: 19, key: 'moderatelySevere' as const }] : []),
  { from: severeFrom, to: max, key: 'severe' },
];

const twoItemBands: ScreenerBand[] = [
  { from: 0, to: 2, key: 'belowCutoff' },
  { from: 3, to: 6, key: 'atCutoff' },
];

/** The published instruments' profiles (bands and cut-offs from their developers' manuals). */
export const screenerProfiles: Record<Exclude<ScreenerInstrument, 'custom'>, ScreenerProfile> = {
  'phq-9': {
    instrument: 'phq-9',
    scoredItems: 9,
    unscoredItems: 1,
    // Pure: bundles that never score (the widgets' clinic-ui.js) drop the profiles.
    bands: /* @__PURE__ */ fullBands(20, 27),
    positiveFrom: 10,
    selfHarmItem: 9,
  },
  'gad-7': {
    instrument: 'gad-7',
    scoredItems: 7,
    unscoredItems: 0,
    bands: /* @__PURE__ */ fullBands(15, 21),
    positiveFrom: 10,
  },
  'phq-2': {
    instrument: 'phq-2',
    scoredItems: 2,
    unscoredItems: 0,
    bands: twoItemBands,
    positiveFrom: 3,
  },
  'gad-2': {
    instrument: 'gad-2',
    scoredItems: 2,
    unscoredItems: 0,
    bands: twoItemBands,
    positiveFrom: 3,
  },
};

const rangePattern = /^(\d+)\s*-\s*(\d*)$/;

/**
 * A clinic's bands, written `0-4:Low;5-9:Some;10-:High`: ranges of totals from 0, in order,
 * without gaps or overlaps; only the last may be open (`10-`). Each problem is reported, naming
 * the entry; any problem makes the whole text unusable (undefined).
 */
export function parseScreenerBands(
  value: string | undefined,
  name: string,
  report: Report = ignoreProblems,
): ScreenerBand[] | undefined {
  const text = value?.trim() ?? '';
  if (text === '') {
    report(
      `${name} is missing; a custom screener needs bands such as "0-4:Low;5-9:Some;10-:High".`,
    );
    return undefined;
  }
  const entries = text.split(';').map((entry) => entry.trim());
  const bands: ScreenerBand[] = [];
  let ok = true;
  const fail = (problem: string) => {
    report(`${name} "${text}": ${problem}`);
    ok = false;
  };
  entries.forEach((entry, index) => {
    const colon = entry.indexOf(':');
    const range = colon < 0 ? entry : entry.slice(0, colon).trim();
    const label = colon < 0 ? '' : entry.slice(colon + 1).trim();
    if (entry === '') return fail(`entry ${index + 1} is empty (a stray ";").`);
    if (colon < 0 || label === '')
      return fail(`"${entry}" has no name; write it as "from-to:Name".`);
    const match = rangePattern.exec(range);
    if (!match) return fail(`"${range}" is not a range of whole numbers such as "5-9" or "10-".`);
    const from = Number(match[1]);
    const to = match[2] === '' ? Number.POSITIVE_INFINITY : Number(match[2]);
    if (to < from) return fail(`"${range}" ends before it starts.`);
    if (to === Number.POSITIVE_INFINITY && index !== entries.length - 1)
      return fail(`"${range}" is open-ended, which only the last band may be.`);
    const expected = index === 0 ? 0 : (bands.at(-1)?.to ?? Number.NaN) + 1;
    if (bands.length === index && from !== expected)
      return fail(
        index === 0
          ? `the first band starts at ${from}; it must start at 0.`
          : `"${range}" starts at ${from}; after the band before it, it must start at ${expected} (no gaps or overlaps).`,
      );
    bands.push({ from, to, label });
  });
  return ok ? bands : undefined;
}

/** A `instrument` value: one of the profiles' names; anything else is reported. */
export function checkScreenerInstrument(
  value: string | undefined,
  name: string,
  report: Report = ignoreProblems,
): ScreenerInstrument | undefined {
  const text = value?.trim().toLowerCase();
  if (text && (screenerInstruments as readonly string[]).includes(text))
    return text as ScreenerInstrument;
  report(
    value === undefined || value.trim() === ''
      ? `${name} is missing; use one of ${screenerInstruments.join(', ')}.`
      : `${name} "${value}" is not one of ${screenerInstruments.join(', ')}.`,
  );
  return undefined;
}

/**
 * The profile for an instrument; `custom` takes its bands from `bands` (see parseScreenerBands,
 * reported under `bandsName`). Undefined when the bands are unusable.
 */
export function getScreenerProfile(
  instrument: ScreenerInstrument,
  bands: string | undefined,
  bandsName: string,
  report: Report = ignoreProblems,
): ScreenerProfile | undefined {
  if (instrument !== 'custom') return screenerProfiles[instrument];
  const parsed = parseScreenerBands(bands, bandsName, report);
  return parsed && { instrument, unscoredItems: 0, bands: parsed };
}

/** One item of a form as either channel has it: its radio group's name and option values. */
export interface ScreenerItemShape {
  name?: string;
  values: readonly (string | number)[];
}

/**
 * Checks a form against its profile: the item count, options valued exactly 0, 1, 2 and 3 once
 * each, distinct group names, the self-harm item, and (custom) bands reaching the highest total.
 * Reports every problem under `name` and returns whether the form can be scored.
 */
export function checkScreenerForm(
  profile: ScreenerProfile,
  items: readonly ScreenerItemShape[],
  name: string,
  report: Report = ignoreProblems,
): boolean {
  let ok = true;
  const fail = (problem: string) => {
    report(`${name}: ${problem}`);
    ok = false;
  };
  const { scoredItems, unscoredItems, instrument, selfHarmItem } = profile;
  if (scoredItems !== undefined) {
    const most = scoredItems + unscoredItems;
    if (items.length < scoredItems || items.length > most) {
      const allowed =
        unscoredItems > 0
          ? `${scoredItems} scored items (and up to ${unscoredItems} unscored after them)`
          : `${scoredItems} items`;
      fail(`${instrument} needs ${allowed}; the form has ${items.length}.`);
    }
    if (selfHarmItem !== undefined && items.length < selfHarmItem)
      fail(`item ${selfHarmItem}, the self-harm item of ${instrument}, is missing.`);
  } else if (items.length === 0) {
    fail('the form has no items (one fieldset with a legend and radio options each).');
  }
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const values = item.values.map((value) => String(value).trim());
    const expected = screenerOptionValues.map(String);
    const sorted = [...values].sort();
    if (sorted.length !== expected.length || sorted.some((value, i) => value !== expected[i]))
      fail(
        `item ${index + 1} has options valued ${values.length ? values.map((value) => `"${value}"`).join(', ') : 'nothing'}; it needs one each of 0, 1, 2 and 3.`,
      );
    if (item.name !== undefined) {
      if (seen.has(item.name))
        fail(`item ${index + 1} reuses the name "${item.name}"; each item needs its own.`);
      seen.add(item.name);
    }
  });
  if (instrument === 'custom' && items.length > 0) {
    const max = items.length * maxPerItem;
    const last = profile.bands.at(-1);
    if (last && last.to < max)
      fail(`the bands end at ${last.to}, but ${items.length} items can total ${max}.`);
  }
  return ok;
}

/** A scored screen. */
export interface ScreenerResult {
  total: number;
  max: number;
  band: ScreenerBand;
  /** At or above the usual cut-off; undefined when the profile has none (custom). */
  positive?: boolean;
  /** The self-harm item was answered anything but "not at all". */
  selfHarm: boolean;
}

/**
 * Scores answers (each 0-3, or undefined when unanswered; in form order). Only the scored items
 * count: the PHQ-9's tenth is neither added nor required. Returns the 1-based numbers of the
 * scored items still unanswered, and the result once there are none.
 */
export function scoreScreener(
  profile: ScreenerProfile,
  answers: readonly (number | undefined)[],
): { missing: number[]; result?: ScreenerResult } {
  const count = profile.scoredItems ?? answers.length;
  const scored = Array.from({ length: count }, (_, index) => answers[index]);
  const missing = scored.flatMap((answer, index) =>
    answer === undefined || !Number.isInteger(answer) || answer < 0 || answer > maxPerItem
      ? [index + 1]
      : [],
  );
  if (missing.length > 0) return { missing };
  const total = scored.reduce<number>((sum, answer) => sum + (answer ?? 0), 0);
  // checkScreenerForm makes sure the bands reach the highest total; the last one is a fallback.
  const band =
    profile.bands.find((candidate) => total >= candidate.from && total <= candidate.to) ??
    profile.bands.at(-1);
  if (!band) return { missing };
  const selfHarm =
    profile.selfHarmItem !== undefined && (answers[profile.selfHarmItem - 1] ?? 0) > 0;
  return {
    missing,
    result: {
      total,
      max: count * maxPerItem,
      band,
      ...(profile.positiveFrom === undefined ? {} : { positive: total >= profile.positiveFrom }),
      selfHarm,
    },
  };
}
