// The bench's budgets, checked by `npm run bench:check` (part of `npm test`, run alone after the
// other tasks so that no other suite competes for the 2 cores). Each applies to the median of the
// runs on each page: one slow run on a shared machine moves a median little, a regression in the
// bundle moves every run. The targets are issue 11's: Lighthouse mobile performance 100 and never
// below 98, total blocking time at most 50 ms, no task the bundle starts over 50 ms, no layout shift.

/** `[where, key, 'max' | 'min', limit, what it means]`: `where` is the figure group of a page. */
export const budgets = [
  ['lighthouse', 'performanceScore', 'min', 98, 'Lighthouse mobile performance score'],
  ['lighthouse', 'totalBlockingTime', 'max', 50, 'Lighthouse total blocking time (ms)'],
  [
    'lighthouse',
    'longestBundleTask',
    'max',
    50,
    'longest task Lighthouse gives to clinic-ui.js, simulated (ms)',
  ],
  ['lighthouse', 'cumulativeLayoutShift', 'max', 0, 'Lighthouse cumulative layout shift'],
  [
    'withBundle',
    'longestBundleTask',
    'max',
    50,
    'longest task running clinic-ui.js code, unthrottled (ms)',
  ],
  ['withBundle', 'layoutShift', 'max', 0, 'cumulative layout shift with the bundle'],
];

/**
 * Checks the medians of `results` (render-time.mjs's per-page results) against the budgets.
 * Returns one row per page and budget: `{ page, label, median, limit, kind, ok }`.
 */
export function checkBudgets(results) {
  return results.flatMap((result) =>
    budgets.map(([where, key, kind, limit, label]) => {
      const figures = where === 'lighthouse' ? result.lighthouse?.spreads : result[where];
      const median = figures?.[key]?.median;
      const ok = typeof median === 'number' && (kind === 'max' ? median <= limit : median >= limit);
      return { page: result.path, label, median, limit, kind, ok };
    }),
  );
}
