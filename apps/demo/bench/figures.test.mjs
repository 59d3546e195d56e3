// The bench's budget on unthrottled loads holds the bundle's own tasks: a long task counts when a
// clinic-ui.js script ran in it, not merely when it falls between the bundle's start and the
// blocks' render (the page's own first layout of a long article often does).
import { describe, expect, it } from 'vitest';
import { withBundleFigures } from './figures.mjs';

const bundleURL = 'http://127.0.0.1:4000/clinic-ui.js';
const script = (sourceURL, start, duration) => ({
  invoker: sourceURL,
  invokerType: 'classic-script',
  sourceURL,
  start,
  duration,
  forcedStyleAndLayoutDuration: 0,
});
const frame = (start, duration, scripts) => ({
  start,
  duration,
  blockingDuration: Math.max(0, duration - 50),
  renderStart: start + duration - 5,
  styleAndLayoutStart: start + duration - 4,
  scripts,
});
/** One load: bundle mark at 100 ms, blocks rendered at 200 ms. */
const load = ({ longTasks, frames }) => ({
  tags: [],
  mark: 100,
  renderedAt: 200,
  paintedAt: 210,
  firstPaint: 150,
  firstContentfulPaint: 150,
  layoutShift: 0,
  longTasks,
  frames,
});

describe('withBundleFigures', () => {
  it('leaves out of the bundle figure a long task in which no clinic-ui.js script ran', () => {
    // The bundle's calls end at 130 ms; the page's own 70 ms style and layout task follows.
    const figures = withBundleFigures(
      load({
        longTasks: [{ start: 140, duration: 70 }],
        frames: [frame(95, 120, [script(bundleURL, 100, 20), script(bundleURL, 122, 8)])],
      }),
      '/clinic-ui.js',
    );
    expect(figures.longestTask).toBe(70);
    expect(figures.longestBundleTask).toBe(0);
  });

  it('counts a long task in which a clinic-ui.js script ran, after the render too', () => {
    const figures = withBundleFigures(
      load({
        longTasks: [
          { start: 98, duration: 55 },
          { start: 400, duration: 80 },
        ],
        frames: [
          frame(95, 70, [script(bundleURL, 99, 50)]),
          frame(398, 90, [script(bundleURL, 410, 60)]),
        ],
      }),
      '/clinic-ui.js',
    );
    expect(figures.longestBundleTask).toBe(80);
    expect(figures.longestTask).toBe(55);
  });

  it('does not give the bundle a long task of another script of the page', () => {
    const figures = withBundleFigures(
      load({
        longTasks: [{ start: 120, duration: 60 }],
        frames: [frame(118, 70, [script('http://127.0.0.1:4000/site.js', 121, 55)])],
      }),
      '/clinic-ui.js',
    );
    expect(figures.longestBundleTask).toBe(0);
  });
});
