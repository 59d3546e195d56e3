// How the figures are printed: one table per page (min, median, max over the runs) and a compact
// side-by-side summary of the medians. The labels say what each figure is; the JSON (--json) keeps
// the keys used here.
import { settleMs } from './page-probes.mjs';

const ms = (value) => `${value.toFixed(1)} ms`;
const wholeMs = (value) => `${Math.round(value)} ms`;
const shift = (value) => value.toFixed(4);
const count = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const score = (value) => String(Math.round(value));

const after = `after rendered (${settleMs / 1000} s)`;

/** Rows of the in-page measurements: [label, 'with' | 'without', key, format], or a heading. */
const probeRows = [
  'timing',
  ['bundle start → all six rendered', 'with', 'startToRendered', ms],
  ['bundle arrival → all six rendered', 'with', 'arrivalToRendered', ms],
  ['navigation → bundle start', 'with', 'navigationToStart', ms],
  ['navigation → all six rendered', 'with', 'navigationToRendered', ms],
  ['navigation → blocks painted (next frame)', 'with', 'navigationToPainted', ms],
  'first paint',
  ['first contentful paint, with the bundle', 'with', 'firstContentfulPaint', ms],
  ['first contentful paint, bundle blocked', 'without', 'firstContentfulPaint', ms],
  ['all six rendered − first contentful paint', 'with', 'renderedMinusFcp', ms],
  'main thread (Long Tasks API)',
  ['longest task in the bundle window', 'with', 'longestTask', ms],
  ['longest task running clinic-ui.js code', 'with', 'longestBundleTask', ms],
  ['total blocking time, start → rendered', 'with', 'totalBlockingTime', ms],
  ['long tasks in the bundle window', 'with', 'longTasks', count],
  [`longest task ${after}`, 'with', 'longestTaskAfterRendered', ms],
  [`blocking time ${after}`, 'with', 'blockingTimeAfterRendered', ms],
  ['page’s longest task before the bundle', 'with', 'longestTaskBeforeBundle', ms],
  ['page’s longest task, bundle blocked', 'without', 'longestTask', ms],
  'attribution (long animation frames)',
  ['longest frame in the bundle window', 'with', 'longestFrame', ms],
  ['frames’ blocking duration in the window', 'with', 'frameBlockingTime', ms],
  ['clinic-ui.js script time in the window', 'with', 'bundleScriptTime', ms],
  ['  of which forced style and layout', 'with', 'forcedStyleAndLayout', ms],
  [`clinic-ui.js script time ${after}`, 'with', 'bundleScriptTimeAfterRendered', ms],
  ['rendering of the frame the blocks appear in', 'with', 'renderFrameRendering', ms],
  'layout shift',
  ['CLS, with the bundle', 'with', 'layoutShift', shift],
  ['CLS, bundle blocked', 'without', 'layoutShift', shift],
];

/** Rows of Lighthouse: [label, key, format]. */
const lighthouseRows = [
  ['performance score', 'performanceScore', score],
  ['first contentful paint', 'firstContentfulPaint', wholeMs],
  ['largest contentful paint', 'largestContentfulPaint', wholeMs],
  ['total blocking time', 'totalBlockingTime', wholeMs],
  ['longest clinic-ui.js task (simulated)', 'longestBundleTask', wholeMs],
  ['cumulative layout shift', 'cumulativeLayoutShift', shift],
  ['speed index', 'speedIndex', wholeMs],
  ['max potential first input delay', 'maxPotentialFid', wholeMs],
  ['clinic-ui.js boot-up: total', 'bundleBootupTotal', wholeMs],
  ['  scripting', 'bundleBootupScripting', wholeMs],
  ['  parse and compile', 'bundleBootupParseCompile', wholeMs],
  ['main thread: script evaluation', 'mainThreadScriptEvaluation', wholeMs],
  ['main thread: style and layout', 'mainThreadStyleLayout', wholeMs],
  ['main thread: script parse and compile', 'mainThreadScriptParseCompile', wholeMs],
  ['main thread: parse HTML and CSS', 'mainThreadParseHTML', wholeMs],
  ['main thread: rendering, paint, composite', 'mainThreadPaintCompositeRender', wholeMs],
  ['main thread: garbage collection', 'mainThreadGarbageCollection', wholeMs],
  ['main thread: other', 'mainThreadOther', wholeMs],
  // Lighthouse's own measure of the machine's speed (lower on a busy machine): read it before
  // comparing runs, since simulated throttling scales the tasks it observed.
  ['benchmark index (higher: faster machine)', 'benchmarkIndex', score],
];

/** Below this Lighthouse benchmark index this machine was busy (it reads 1800–2600 when idle). */
const busyBenchmarkIndex = 1000;

const pad = (rows) => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]),
        )
        .join('   ')
        .trimEnd(),
    )
    .map((line) => `  ${line}`)
    .join('\n');
};

const cells = (spread, format) =>
  spread?.median === undefined
    ? ['–', 'n/a', '–']
    : [format(spread.min), format(spread.median), format(spread.max)];

/** The table of one page: its in-page figures and (if run) its Lighthouse figures. */
export function pageTable(result, { runs }) {
  const rows = [['', 'min', 'median', 'max']];
  for (const row of probeRows) {
    if (typeof row === 'string') {
      rows.push([`${row}:`, '', '', '']);
      continue;
    }
    const [label, variant, key, format] = row;
    const figures = variant === 'with' ? result.withBundle : result.withoutBundle;
    rows.push([`  ${label}`, ...cells(figures[key], format)]);
  }
  let text = `${result.title} (${result.path}): ${runs} runs each with and without the bundle, no CPU throttling\n${pad(rows)}`;
  if (result.lighthouse) {
    // The median (the value, for one run), the range over several runs, and the page with the
    // bundle blocked when it was run. Rows with no value (no garbage collection seen) are left out.
    const several = result.lighthouse.runs.length > 1;
    const blocked = result.lighthouse.withoutBundle;
    const lighthouse = [
      [
        '',
        several ? 'median' : 'value',
        ...(several ? ['range'] : []),
        ...(blocked ? ['bundle blocked'] : []),
      ],
    ];
    for (const [label, key, format] of lighthouseRows) {
      const spread = result.lighthouse.spreads[key];
      const blockedSpread = blocked?.spreads[key];
      if (spread?.median === undefined && blockedSpread?.median === undefined) continue;
      const value = (spread) => (spread?.median === undefined ? 'n/a' : format(spread.median));
      lighthouse.push([
        `  ${label}`,
        value(spread),
        ...(several
          ? [spread?.median === undefined ? '' : `${format(spread.min)}–${format(spread.max)}`]
          : []),
        ...(blocked ? [value(blockedSpread)] : []),
      ]);
    }
    text += `\n\nLighthouse, mobile preset (simulated 4x CPU, slow 4G), ${result.lighthouse.runs.length} run(s):\n${pad(lighthouse)}`;
    const longTasks = result.lighthouse.runs.at(-1)?.longTasks ?? [];
    if (longTasks.length > 0)
      text += `\n  long tasks (last run, simulated): ${longTasks
        .map((task) => `${wholeMs(task.duration)} ${describeUrl(task.url)}`)
        .join(', ')}`;
    const lcpElement = result.lighthouse.runs.at(-1)?.lcpElement;
    if (lcpElement) text += `\n  LCP element (last run): ${lcpElement}`;
    // Simulated throttling multiplies the task times it observed, so a busy machine inflates TBT.
    const allRuns = [...result.lighthouse.runs, ...(blocked?.runs ?? [])];
    const busy = allRuns.filter((run) => run.benchmarkIndex < busyBenchmarkIndex);
    if (busy.length > 0)
      text += `\n  note: ${busy.length} of ${allRuns.length} Lighthouse runs had a benchmark index below ${busyBenchmarkIndex} (a busy machine): their main-thread figures are inflated`;
    for (const warning of new Set(result.lighthouse.runs.flatMap((run) => run.warnings)))
      text += `\n  Lighthouse warning: ${warning}`;
  }
  return text;
}

const describeUrl = (url) => {
  try {
    return `(${new URL(url).pathname})`;
  } catch {
    return `(${url})`;
  }
};

/** Medians of the headline figures, one column per page. */
export function summaryTable(results) {
  const median = (spread, format) => (spread?.median === undefined ? 'n/a' : format(spread.median));
  const lighthouse = (result, key, format) =>
    result.lighthouse ? median(result.lighthouse.spreads[key], format) : 'n/a';
  /** [label, cell of one page] */
  const lines = [
    ['start → all six rendered', (r) => median(r.withBundle.startToRendered, ms)],
    ['longest task (bundle window)', (r) => median(r.withBundle.longestTask, ms)],
    ['longest task running clinic-ui.js', (r) => median(r.withBundle.longestBundleTask, ms)],
    ['TBT, start → rendered', (r) => median(r.withBundle.totalBlockingTime, ms)],
    [`blocking time ${after}`, (r) => median(r.withBundle.blockingTimeAfterRendered, ms)],
    ['all six rendered at (from navigation)', (r) => median(r.withBundle.navigationToRendered, ms)],
    [
      'FCP with / without the bundle',
      (r) =>
        `${median(r.withBundle.firstContentfulPaint, ms)} / ${median(r.withoutBundle.firstContentfulPaint, ms)}`,
    ],
    ['CLS with the bundle', (r) => median(r.withBundle.layoutShift, shift)],
  ];
  if (results.some((result) => result.lighthouse))
    lines.push(
      ['Lighthouse score', (r) => lighthouse(r, 'performanceScore', score)],
      ['Lighthouse TBT', (r) => lighthouse(r, 'totalBlockingTime', wholeMs)],
      ['Lighthouse LCP', (r) => lighthouse(r, 'largestContentfulPaint', wholeMs)],
      ['Lighthouse FCP', (r) => lighthouse(r, 'firstContentfulPaint', wholeMs)],
      ['Lighthouse CLS', (r) => lighthouse(r, 'cumulativeLayoutShift', shift)],
    );
  return pad([
    ['median', ...results.map((result) => result.path)],
    ...lines.map(([label, cell]) => [label, ...results.map(cell)]),
  ]);
}
