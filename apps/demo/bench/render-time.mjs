#!/usr/bin/env node
// Render-time benchmark of the script-tag bundle on the demo article, in headless Chromium:
//   npm run bench -w @clinic-ui/demo [-- --runs 9]
// Loads the demo page N times (each in a fresh browser context, so nothing is cached) and
// measures, in the page:
// - render: from the bundle's `performance.mark('clinic-ui:start')` to the moment every
//   <clinic-*> element shows its rendered block. The mark is the last statement of the bundle to
//   run (bundled modules evaluate before the entry's own body), so this is the time from the
//   elements being defined to all of them painted-ready: the first render of every block;
// - arrival → rendered: from the bundle's download ending (resource timing `responseEnd`) to the
//   same moment, which adds parsing, compiling and evaluating the bundle (and, for a deferred
//   script, any wait for the HTML parser to finish);
// - layout shift: cumulative `layout-shift` without recent input, after everything rendered.
// "Rendered" = every element's shadow root has a non-hidden [part="block"] with content, checked
// by a MutationObserver on each clinic shadow root, so it is seen in the microtask it happens.
import { chromiumArgs, findChromium } from '@clinic-ui/testing';
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';
import { startServer } from '../server.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('Usage: node bench/render-time.mjs [--runs N]   (default 9 runs)');
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of at least 1, not "${values.runs}"`);
  process.exit(1);
}

const viewport = { width: 1280, height: 720 };
const expectedTags = [
  'clinic-key-takeaways',
  'clinic-comparison-table',
  'clinic-byline',
  'clinic-quiz-cta',
  'clinic-booking-cta',
  'clinic-faq',
];

/** Runs in the page before any of its scripts: the render and layout-shift probes. */
function probes() {
  const state = { renderedAt: undefined, layoutShift: 0 };
  Object.defineProperty(window, '__clinicBench', { value: state });

  const addShifts = (entries) => {
    for (const entry of entries) if (!entry.hadRecentInput) state.layoutShift += entry.value;
  };
  const shiftObserver = new PerformanceObserver((list) => addShifts(list.getEntries()));
  shiftObserver.observe({ type: 'layout-shift', buffered: true });
  state.takeShifts = () => addShifts(shiftObserver.takeRecords());

  const clinicElements = () =>
    [...document.querySelectorAll('*')].filter((element) =>
      element.localName.startsWith('clinic-'),
    );
  const check = () => {
    if (state.renderedAt !== undefined) return;
    const elements = clinicElements();
    const rendered =
      elements.length > 0 &&
      elements.every((element) => {
        const block = element.shadowRoot?.querySelector('[part="block"]');
        return block instanceof HTMLElement && !block.hidden && block.childElementCount > 0;
      });
    if (rendered) {
      state.renderedAt = performance.now();
      state.tags = [...new Set(elements.map((element) => element.localName))];
    }
  };
  const renderObserver = new MutationObserver(check);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (this.localName.startsWith('clinic-'))
      renderObserver.observe(root, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
    return root;
  };
}

/** Runs in the page once everything rendered: the measurements. */
function measurements() {
  const state = window.__clinicBench;
  state.takeShifts();
  const mark = performance.getEntriesByName('clinic-ui:start', 'mark')[0];
  const bundle = performance
    .getEntriesByType('resource')
    .find((entry) => new URL(entry.name).pathname === '/clinic-ui.js');
  return {
    tags: state.tags,
    render: mark ? state.renderedAt - mark.startTime : undefined,
    arrival: bundle ? state.renderedAt - bundle.responseEnd : undefined,
    layoutShift: state.layoutShift,
  };
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const summary = (numbers, format) =>
  `min ${format(Math.min(...numbers))}  median ${format(median(numbers))}  max ${format(Math.max(...numbers))}`;

const server = await startServer();
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const browserVersion = browser.version();
const results = [];
try {
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.addInitScript(probes);
      await page.goto(`${server.url}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__clinicBench.renderedAt !== undefined, undefined, {
        timeout: 15_000,
      });
      // Let layout-shift entries of the last frames arrive.
      await page.evaluate(
        () =>
          new Promise((done) =>
            requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))),
          ),
      );
      const result = await page.evaluate(measurements);
      if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
      if (result.render === undefined)
        throw new Error(
          'no performance mark "clinic-ui:start": rebuild the bundle (npm run build -w @clinic-ui/widgets)',
        );
      const missing = expectedTags.filter((tag) => !result.tags.includes(tag));
      if (missing.length > 0)
        console.warn(`warning: the demo page lacks ${missing.map((tag) => `<${tag}>`).join(', ')}`);
      results.push(result);
      console.log(
        `run ${String(run).padStart(2)}: render ${ms(result.render)}, arrival → rendered ${ms(result.arrival)}, layout shift ${result.layoutShift.toFixed(4)}`,
      );
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `\nClinic UI render time on the demo page (${results[0].tags.length} element types, ${runs} runs, Chromium ${browserVersion}, ${viewport.width}x${viewport.height}):`,
);
console.log(
  `  script start → all rendered: ${summary(
    results.map((r) => r.render),
    ms,
  )}`,
);
console.log(
  `  bundle arrival → all rendered: ${summary(
    results.map((r) => r.arrival),
    ms,
  )}`,
);
console.log(
  `  layout shift (CLS): ${summary(
    results.map((r) => r.layoutShift),
    (value) => value.toFixed(4),
  )}`,
);
