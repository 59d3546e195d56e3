// Lighthouse (the npm package's Node API, 12.x: 13 needs Node 22) against the bench pages, in its
// default mobile preset: simulated throttling (Lantern, 4x CPU slowdown, slow 4G), a Moto G
// Power sized screen. Only the performance category runs, which is all the bench reports.
// Chromium is started with chrome-launcher, resolved from Lighthouse's own dependencies (so it is
// the version Lighthouse was made with, wherever npm put it), with the same flags as every other
// browser run of the repo.
import { chromiumArgs, findChromium } from '@clinic-ui/testing';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const lighthousePath = require.resolve('lighthouse');
const chromeLauncherPath = createRequire(lighthousePath).resolve('chrome-launcher');

/** The metric audits reported, by the name the report and the JSON give them. */
const metricAudits = {
  firstContentfulPaint: 'first-contentful-paint',
  largestContentfulPaint: 'largest-contentful-paint',
  totalBlockingTime: 'total-blocking-time',
  cumulativeLayoutShift: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
  maxPotentialFid: 'max-potential-fid',
};

/** The figures and diagnostics of one Lighthouse result (lhr). */
function figuresOf(lhr, bundlePathname) {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  const isBundle = (url) => {
    try {
      return new URL(url).pathname === bundlePathname;
    } catch {
      return false;
    }
  };
  const bundleBootup = items('bootup-time').find((item) => isBundle(item.url));
  return {
    performanceScore: Math.round((lhr.categories.performance.score ?? 0) * 100),
    ...Object.fromEntries(
      Object.entries(metricAudits).map(([name, id]) => [name, lhr.audits[id]?.numericValue]),
    ),
    // What the bundle costs on the (simulated) main thread, and where all of its time goes:
    // mainThreadScriptEvaluation, mainThreadStyleLayout, mainThreadOther, ...
    bundleBootupTotal: bundleBootup?.total,
    bundleBootupScripting: bundleBootup?.scripting,
    bundleBootupParseCompile: bundleBootup?.scriptParseCompile,
    ...Object.fromEntries(
      items('mainthread-work-breakdown').map((item) => [
        `mainThread${item.group[0].toUpperCase()}${item.group.slice(1)}`,
        item.duration,
      ]),
    ),
    // The longest (simulated) task Lighthouse attributes to the bundle; 0 when none is long.
    longestBundleTask: Math.max(
      0,
      ...items('long-tasks')
        .filter((item) => isBundle(item.url))
        .map((item) => item.duration),
    ),
    longTasks: items('long-tasks').map((item) => ({
      url: item.url,
      start: item.startTime,
      duration: item.duration,
    })),
    lcpElement: items('largest-contentful-paint-element')
      .flatMap((item) => item.items ?? [item])
      .map((item) => item.node?.selector ?? item.node?.snippet)
      .find(Boolean),
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    warnings: lhr.runWarnings ?? [],
  };
}

/**
 * Runs Lighthouse `runs` times against each page (interleaved, so a slower spell of the machine
 * hits both pages), in one Chromium. With `withoutBundle`, each run also loads the page with the
 * bundle's request blocked (Lighthouse's `blockedUrlPatterns`): the page's own cost, to tell the
 * bundle's share of TBT and main-thread time from the page's.
 * Resolves to `{ version, byPage: { [name]: { withBundle: figures[], withoutBundle?: figures[] } } }`.
 */
export async function runLighthouse(
  pages,
  { runs, bundlePathname, withoutBundle = false, onRun = () => {} },
) {
  const { default: lighthouse } = await import(pathToFileURL(lighthousePath).href);
  const chromeLauncher = await import(pathToFileURL(chromeLauncherPath).href);
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: chromiumArgs,
    logLevel: 'silent',
  });
  const variants = withoutBundle ? ['withBundle', 'withoutBundle'] : ['withBundle'];
  const byPage = Object.fromEntries(
    pages.map((page) => [page.name, Object.fromEntries(variants.map((variant) => [variant, []]))]),
  );
  let version;
  try {
    for (let run = 1; run <= runs; run++) {
      for (const page of pages) {
        for (const variant of variants) {
          const result = await lighthouse(page.url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
            blockedUrlPatterns: variant === 'withBundle' ? null : [`*${bundlePathname}`],
          });
          if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
          version = result.lhr.lighthouseVersion;
          const figures = figuresOf(result.lhr, bundlePathname);
          byPage[page.name][variant].push(figures);
          onRun(page, run, variant, figures);
        }
      }
    }
  } finally {
    chrome.kill();
  }
  return { version, byPage };
}
