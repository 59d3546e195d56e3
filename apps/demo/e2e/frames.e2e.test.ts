// The bundle runs none of its code inside the browser's rendering frames (requestAnimationFrame
// callbacks): page-speed tools charge a frame's whole style, layout and paint to any script that
// runs a callback in it, so one tiny callback made the frame that first lays out the blocks a
// "long task of clinic-ui.js" under Lighthouse's 4x CPU. The work that waits for a frame (Preact's
// effects, mount-time re-renders, Radix's mount-animation guard) runs in a task after it instead.
// Read from a Chromium performance trace of the real built bundle, the trace Lighthouse reads.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  gotoRendered,
  pagesDir,
  publicDir,
  sharedBrowserAndServer,
  waitForUpdatesAndLayout,
} from './support';

const env = sharedBrowserAndServer({ roots: [pagesDir, publicDir] });

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

/** Traces `act` on `page`, in the timeline categories DevTools and Lighthouse record. */
async function traced(page: Page, act: () => Promise<void>): Promise<TraceEvent[]> {
  await env.browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  try {
    await act();
  } catch (error) {
    await env.browser.stopTracing();
    throw error;
  }
  const trace = await env.browser.stopTracing();
  return (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
}

const pages = [
  { name: 'demo article', path: '/' },
  { name: 'plain article', path: '/plain.html' },
];

describe.each(pages)('on the $name', ({ path }) => {
  it('runs no bundle code in an animation frame, from load to an opened FAQ answer', async () => {
    const page = await env.browser.newPage({ viewport: { width: 412, height: 823 } });
    try {
      const events = await traced(page, async () => {
        await gotoRendered(page, `${env.server.url}${path}`);
        await waitForUpdatesAndLayout(page);
        await page.locator('clinic-faq').getByRole('button').first().click();
        await waitForUpdatesAndLayout(page);
        await waitForUpdatesAndLayout(page);
      });
      const complete = events.filter((event) => event.ph === 'X' && event.dur !== undefined);
      const bundleCalls = complete.filter(
        (event) =>
          event.name === 'FunctionCall' && (event.args?.data?.url ?? '').endsWith('/clinic-ui.js'),
      );
      const frames = complete.filter((event) => event.name === 'FireAnimationFrame');
      // The trace holds the bundle's calls and the frames (the test's own waits use frames).
      expect(bundleCalls.length, 'calls into clinic-ui.js traced').toBeGreaterThan(0);
      expect(frames.length, 'animation frames traced').toBeGreaterThan(0);
      const inFrames = bundleCalls
        .filter((call) =>
          frames.some(
            (frame) =>
              frame.tid === call.tid && call.ts >= frame.ts && call.ts < frame.ts + frame.dur!,
          ),
        )
        .map((call) => call.args?.data?.functionName || '(anonymous)');
      expect(inFrames, 'clinic-ui.js functions called inside animation frames').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
