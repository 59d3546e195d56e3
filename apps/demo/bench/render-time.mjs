#!/usr/bin/env node
// Benchmark of the script-tag bundle on two pages, side by side in one run:
//   npm run bench -w @clinic-ui/demo [-- --runs 9 --lighthouse-runs 1 --no-lighthouse --json out.json]
//   npm run bench -- -- --json out.json   (from the root, which builds first: note the two --)
// - the demo article (/ from public/, as `npm run demo` serves it), a long page with its own CSS;
// - a plain article (/plain.html from e2e/pages/) holding only the snippet and the six elements,
//   as a marketer would paste them into a bare CMS page.
// For each page, N loads with the bundle and N with its request blocked, interleaved (a fresh
// browser context each, nothing cached; no CPU throttling), measure in the page (page-probes.mjs,
// figures.mjs for the definitions):
// - the time from the bundle's first statement (`performance.mark('clinic-ui:start')`) to all six
//   elements rendered, and from the bundle's download ending to the same moment;
// - the longest task and the total blocking time in that window (Long Tasks API), with long
//   animation frames for attribution (which script, how much forced style and layout), and the
//   longest task in which the bundle's own code ran (what the budget holds);
// - first contentful paint with and without the bundle, beside the moment the blocks render;
// - cumulative layout shift.
// Then Lighthouse in its default mobile preset (lighthouse.mjs) against both pages. Prints one
// table per page and a summary; `--json <file>` writes every figure, and `--check` compares the
// medians with the budgets in budgets.mjs (`npm run bench:check`, part of `npm test`).
import { chromiumArgs, findChromium } from '@clinic-ui/testing';
import { chromium } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { bundlePath, startServer } from '../server.mjs';
import { spreads, withBundleFigures, withoutBundleFigures } from './figures.mjs';
import { checkBudgets } from './budgets.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { bundlePathname, loadOnce } from './page-probes.mjs';
import { pageTable, summaryTable } from './report.mjs';

const usage = `Usage: node bench/render-time.mjs [options]
  --runs N             loads of each page with and without the bundle (default 9)
  --lighthouse-runs N  Lighthouse runs per page, about 15 s each (default 1)
  --no-lighthouse      skip Lighthouse
  --lighthouse-without-bundle
                       also run Lighthouse with the bundle blocked (the page's own cost)
  --json FILE          also write every figure as JSON to FILE (relative to where npm was run)
  --check              compare the medians with bench/budgets.mjs; exit 1 when one is missed`;

const { values } = parseArgs({
  allowNegative: true,
  options: {
    runs: { type: 'string', default: '9' },
    'lighthouse-runs': { type: 'string', default: '1' },
    lighthouse: { type: 'boolean', default: true },
    'lighthouse-without-bundle': { type: 'boolean', default: false },
    json: { type: 'string' },
    check: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const wholeNumber = (option) => {
  const value = Number(values[option]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${option} must be a whole number of at least 1, not "${values[option]}"`);
    process.exit(1);
  }
  return value;
};
const runs = wholeNumber('runs');
const lighthouseRuns = values.lighthouse ? wholeNumber('lighthouse-runs') : 0;

const demoDir = fileURLToPath(new URL('..', import.meta.url));
const publicDir = join(demoDir, 'public');
const pagesDir = join(demoDir, 'e2e', 'pages');
const viewport = { width: 1280, height: 720 };
const expectedTags = [
  'clinic-key-takeaways',
  'clinic-comparison-table',
  'clinic-byline',
  'clinic-quiz-cta',
  'clinic-booking-cta',
  'clinic-faq',
];

// Each page from a server of its own, set up as the demo and the end-to-end tests serve it.
const servers = await Promise.all([startServer(), startServer({ roots: [pagesDir, publicDir] })]);
const pages = [
  { name: 'demo', title: 'Demo article', path: '/', server: servers[0] },
  { name: 'plain', title: 'Plain article', path: '/plain.html', server: servers[1] },
].map((page) => ({ ...page, url: `${page.server.url}${page.path}` }));

const bundle = await readFile(bundlePath);
const machine = { cores: availableParallelism(), loadAverageAtStart: loadavg()[0] };
const raw = Object.fromEntries(pages.map((page) => [page.name, { with: [], without: [] }]));
let chromiumVersion;
let lighthouse;
const ms = (value) => (value === undefined ? 'n/a' : `${value.toFixed(1)} ms`);

try {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  chromiumVersion = browser.version();
  try {
    for (let run = 1; run <= runs; run++) {
      const line = [];
      // Interleaved, so a busier spell of this shared machine hits every variant alike.
      for (const page of pages) {
        const withRaw = await loadOnce(browser, page.url, { viewport, withBundle: true });
        const withoutRaw = await loadOnce(browser, page.url, { viewport, withBundle: false });
        const missing = expectedTags.filter((tag) => !withRaw.tags.includes(tag));
        if (missing.length > 0)
          console.warn(
            `warning: ${page.path} lacks ${missing.map((tag) => `<${tag}>`).join(', ')}`,
          );
        const unsupported = ['longtask', 'long-animation-frame', 'layout-shift', 'paint'].filter(
          (type) => !withRaw.supported.includes(type),
        );
        if (run === 1 && unsupported.length > 0)
          console.warn(`warning: this browser reports no ${unsupported.join(', ')} entries`);
        raw[page.name].with.push(withRaw);
        raw[page.name].without.push(withoutRaw);
        const figures = withBundleFigures(withRaw, bundlePathname);
        line.push(
          `${page.path} render ${ms(figures.startToRendered)}, TBT ${ms(figures.totalBlockingTime)}, FCP ${ms(figures.firstContentfulPaint)} / ${ms(withoutRaw.firstContentfulPaint)} without`,
        );
      }
      console.log(`run ${String(run).padStart(2)}: ${line.join(' | ')}`);
    }
  } finally {
    await browser.close();
  }

  if (lighthouseRuns > 0) {
    console.log(`\nLighthouse (mobile preset), ${lighthouseRuns} run(s) per page…`);
    lighthouse = await runLighthouse(pages, {
      runs: lighthouseRuns,
      bundlePathname,
      withoutBundle: values['lighthouse-without-bundle'],
      onRun: (page, run, variant, figures) =>
        console.log(
          `lighthouse ${run}: ${page.path}${variant === 'withBundle' ? '' : ' (bundle blocked)'} score ${figures.performanceScore}, TBT ${Math.round(figures.totalBlockingTime)} ms, LCP ${Math.round(figures.largestContentfulPaint)} ms`,
        ),
    });
  }
} finally {
  await Promise.all(servers.map((server) => server.close()));
}

const results = pages.map((page) => {
  const withRuns = raw[page.name].with.map((run) => withBundleFigures(run, bundlePathname));
  const lighthouseFigures = lighthouse?.byPage[page.name];
  const sumUp = (runs) => runs && { runs, spreads: spreads(runs) };
  return {
    name: page.name,
    title: page.title,
    path: page.path,
    tags: raw[page.name].with[0].tags,
    withBundle: spreads(withRuns),
    withoutBundle: spreads(raw[page.name].without.map(withoutBundleFigures)),
    lighthouse: lighthouseFigures && {
      ...sumUp(lighthouseFigures.withBundle),
      withoutBundle: sumUp(lighthouseFigures.withoutBundle),
    },
  };
});
machine.loadAverageAtEnd = loadavg()[0];

console.log(
  `\nClinic UI bundle: ${(bundle.length / 1024).toFixed(1)} kB, ${(gzipSync(bundle).length / 1024).toFixed(1)} kB gzipped; Chromium ${chromiumVersion}, ${viewport.width}x${viewport.height}; ${machine.cores} cores, load average ${machine.loadAverageAtStart.toFixed(1)} at start and ${machine.loadAverageAtEnd.toFixed(1)} at the end (other work on the machine moves these figures).`,
);
for (const result of results) console.log(`\n${pageTable(result, { runs })}`);
console.log(`\nSummary (medians):\n${summaryTable(results)}`);

if (values.json) {
  const report = {
    date: new Date().toISOString(),
    runs,
    lighthouseRuns,
    chromium: chromiumVersion,
    lighthouse: lighthouse?.version,
    node: process.version,
    viewport,
    machine,
    bundle: { bytes: bundle.length, gzipBytes: gzipSync(bundle).length },
    // Per page: withBundle and withoutBundle hold { min, median, max, runs } for each figure (ms,
    // or a CLS score, or a count); lighthouse holds each run's figures and their spreads (and,
    // with --lighthouse-without-bundle, the same for the page with the bundle blocked).
    pages: Object.fromEntries(results.map(({ name, ...result }) => [name, result])),
  };
  // npm runs the script in apps/demo; INIT_CWD is where the user typed the command.
  const jsonPath = resolve(process.env.INIT_CWD ?? process.cwd(), values.json);
  // Timings come in 0.1 ms steps with float noise (455.39999999990687): keep four decimals.
  const round = (_, value) =>
    typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(4)) : value;
  await writeFile(jsonPath, `${JSON.stringify(report, round, 2)}\n`);
  console.log(`\nFigures written to ${jsonPath}`);
}

if (values.check) {
  if (!values.lighthouse) console.warn('warning: --no-lighthouse: the Lighthouse budgets fail');
  const rows = checkBudgets(results);
  console.log('\nBudgets (medians):');
  for (const row of rows)
    console.log(
      `  ${row.ok ? 'ok  ' : 'OVER'} ${row.page.padEnd(12)} ${row.label}: ${row.median ?? 'none'} (${row.kind} ${row.limit})`,
    );
  const missed = rows.filter((row) => !row.ok);
  if (missed.length > 0) {
    console.error(`\n${missed.length} budget(s) missed; see bench/budgets.mjs`);
    process.exitCode = 1;
  }
}
