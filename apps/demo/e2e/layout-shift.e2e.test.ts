// Zero layout shift from the snippet itself: the pre-upgrade stylesheet (clinic-ui.css) gives each
// element its final box, so nothing moves when the script arrives after the first paint. Measured
// on the demo article and on a plain article that holds only the snippet and the six elements,
// on a phone and on a desktop screen.
import { describe, expect, it } from 'vitest';
import {
  layoutShiftOfUpgrade,
  loadWithLateBundle,
  pagesDir,
  publicDir,
  sharedBrowserAndServer,
} from './support';

const env = sharedBrowserAndServer({ roots: [pagesDir, publicDir] });

const pages = [
  { name: 'demo article', path: '/' },
  { name: 'plain article', path: '/plain.html' },
];
const screens = [
  { name: 'mobile', viewport: { width: 360, height: 740 } },
  { name: 'desktop', viewport: { width: 1280, height: 720 } },
];

describe.each(pages)('the $name', ({ path }) => {
  it.each(screens)('does not shift when the widgets upgrade ($name)', async ({ viewport }) => {
    const { context, page, log } = await loadWithLateBundle(
      env.browser,
      `${env.server.url}${path}`,
      viewport,
    );
    try {
      const shift = await layoutShiftOfUpgrade(page);
      console.log(
        `layout shift, ${path} at ${viewport.width}x${viewport.height}: ${shift.toFixed(4)}`,
      );
      expect(shift.toFixed(3)).toBe('0.000');
      expect(log.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
