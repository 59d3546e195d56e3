// What the benchmark measures inside the page, and how one page load is driven. The in-page
// functions (installProbes, readProbes) are sent to the browser as source by Playwright, so they
// are self-contained and only record raw timestamps; figures.mjs turns them into figures in Node,
// where the definitions (the window, the 50 ms threshold) are easy to read and change.

/** The script a marketer pastes; blocked for the "without the bundle" loads. */
export const bundlePathname = '/clinic-ui.js';

/**
 * Runs in the page before any of its scripts (an init script). Records:
 * - renderedAt: when every <clinic-*> element shows its rendered block (its shadow root has a
 *   non-hidden [part="block"] with content), seen by a MutationObserver on each clinic shadow root,
 *   so in the microtask it happens;
 * - paintedAt: the end of the next frame after that (a message posted from its
 *   requestAnimationFrame callback runs once the frame's style, layout and paint are done), i.e.
 *   when the main thread has painted the blocks;
 * - layout shifts (without recent input), long tasks, long animation frames and paint timings, from
 *   buffered PerformanceObservers registered before the page's first script.
 */
export function installProbes() {
  const state = {
    renderedAt: undefined,
    paintedAt: undefined,
    tags: [],
    layoutShift: 0,
    longTasks: [],
    frames: [],
    paints: {},
    supported: PerformanceObserver.supportedEntryTypes,
  };
  Object.defineProperty(window, '__clinicBench', { value: state });

  /** Observes one entry type; returns a function that hands over entries not yet delivered. */
  const observe = (type, onEntries) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return () => {};
    const observer = new PerformanceObserver((list) => onEntries(list.getEntries()));
    observer.observe({ type, buffered: true });
    return () => onEntries(observer.takeRecords());
  };
  const flushes = [
    observe('layout-shift', (entries) => {
      for (const entry of entries) if (!entry.hadRecentInput) state.layoutShift += entry.value;
    }),
    observe('paint', (entries) => {
      for (const entry of entries) state.paints[entry.name] = entry.startTime;
    }),
    observe('longtask', (entries) => {
      for (const entry of entries)
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }),
    // Long animation frames (Chromium 123+): a frame's tasks plus its style, layout and paint,
    // with the scripts that ran in it, so the report can say what the time went to.
    observe('long-animation-frame', (entries) => {
      for (const entry of entries)
        state.frames.push({
          start: entry.startTime,
          duration: entry.duration,
          blockingDuration: entry.blockingDuration,
          renderStart: entry.renderStart,
          styleAndLayoutStart: entry.styleAndLayoutStart,
          scripts: entry.scripts.map((script) => ({
            invoker: script.invoker,
            invokerType: script.invokerType,
            sourceFunctionName: script.sourceFunctionName,
            sourceCharPosition: script.sourceCharPosition,
            sourceURL: script.sourceURL,
            start: script.startTime,
            duration: script.duration,
            executionStart: script.executionStart,
            forcedStyleAndLayoutDuration: script.forcedStyleAndLayoutDuration,
          })),
        });
    }),
  ];
  state.flush = () => flushes.forEach((flush) => flush());

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
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (state.paintedAt = performance.now());
        channel.port2.postMessage(null);
      });
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

/** Runs in the page at the end of a load: the raw timestamps (ms since navigation start). */
export function readProbes(bundlePathname) {
  const state = window.__clinicBench;
  state.flush();
  const mark = performance.getEntriesByName('clinic-ui:start', 'mark')[0];
  const bundle = performance
    .getEntriesByType('resource')
    .find((entry) => new URL(entry.name).pathname === bundlePathname);
  return {
    tags: state.tags,
    mark: mark?.startTime,
    renderedAt: state.renderedAt,
    paintedAt: state.paintedAt,
    bundleResponseEnd: bundle?.responseEnd,
    firstPaint: state.paints['first-paint'],
    firstContentfulPaint: state.paints['first-contentful-paint'],
    layoutShift: state.layoutShift,
    longTasks: state.longTasks,
    frames: state.frames,
    supported: state.supported,
  };
}

/**
 * How long a load with the bundle is watched after the blocks are painted: the blocks' effects
 * (Preact runs useEffect callbacks in a task after the next frame) and the layout they cause
 * come in this time, and can be long tasks of their own.
 */
export const settleMs = 500;

const afterFrames = (waitMs) =>
  new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, waitMs))),
  );

/**
 * Loads `url` once in a fresh browser context (nothing cached) at `viewport`, with the bundle or
 * with its request blocked, and returns the raw probe data. The bundle is blocked by the browser
 * itself (DevTools `Network.setBlockedURLs`), not by Playwright's request routing, which would send
 * every request of the page through Node and slow the "without" loads alone. Both kinds of load
 * get the same DevTools session, so the only difference is the blocked script.
 */
export async function loadOnce(browser, url, { viewport, withBundle, timeout = 15_000 }) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.enable');
    if (!withBundle)
      await devtools.send('Network.setBlockedURLs', { urls: [`*${bundlePathname}`] });
    await page.addInitScript(installProbes);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      (withBundle) =>
        withBundle
          ? window.__clinicBench.paintedAt !== undefined
          : 'first-contentful-paint' in window.__clinicBench.paints,
      withBundle,
      { timeout },
    );
    // Let the entries of the last frames (layout shifts, long frames) and trailing tasks arrive.
    await page.evaluate(afterFrames, withBundle ? settleMs : 50);
    const raw = await page.evaluate(readProbes, bundlePathname);
    if (errors.length > 0) throw new Error(`${url} threw: ${errors.join('; ')}`);
    if (withBundle && raw.mark === undefined)
      throw new Error(
        'no performance mark "clinic-ui:start": rebuild the bundle (npm run build -w @clinic-ui/widgets)',
      );
    if (!withBundle && raw.mark !== undefined)
      throw new Error(`${url}: the bundle ran although its request was blocked`);
    return raw;
  } finally {
    await context.close();
  }
}
