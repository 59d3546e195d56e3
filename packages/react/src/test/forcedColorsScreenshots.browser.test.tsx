import '@clinic-ui/tokens/styles.css';
import { composeStories } from '@storybook/react';
import { render } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import * as accordionStories from '../Accordion/Accordion.stories';
import * as bookingStories from '../BookingCta/BookingCta.stories';
import * as bylineStories from '../Byline/Byline.stories';
import * as comparisonStories from '../ComparisonTable/ComparisonTable.stories';
import * as faqStories from '../Faq/Faq.stories';
import * as takeawaysStories from '../KeyTakeaways/KeyTakeaways.stories';
import * as quizGroupStories from '../QuizCta/QuizCtaGroup.stories';
import * as quizStories from '../QuizCta/QuizCta.stories';

// The Storybook stories designers review, photographed in forced-colours mode (Windows High
// Contrast). The screenshots are kept in `__screenshots__/` next to this file for review, and the
// pixels are checked: a boundary counts only if it shows on screen, whatever the computed styles
// say.
const blocks = {
  KeyTakeaways: composeStories(takeawaysStories).Typical,
  ComparisonTable: composeStories(comparisonStories).WideContainer,
  Byline: composeStories(bylineStories).Typical,
  QuizCta: composeStories(quizStories).Typical,
  QuizCtaGroup: composeStories(quizGroupStories).ThreeQuizzes,
  BookingCta: composeStories(bookingStories).Typical,
  Faq: composeStories(faqStories).DefaultOpen,
  Accordion: composeStories(accordionStories).DefaultOpen,
};

beforeAll(async () => {
  // Within the headless window, so that the test frame is shown at 1:1 (photos are clipped to it).
  await page.viewport(1000, 720);
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'forced-colors', value: 'active' }],
  });
});

afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

interface Pixels {
  width: number;
  height: number;
  /** sRGB of the pixel at CSS pixel (x, y) of the photographed element. */
  at(x: number, y: number): [number, number, number];
}

/** Photographs `element` as the screen shows it and decodes the PNG. */
async function photograph(element: Element, name: string): Promise<Pixels> {
  const { base64 } = await page.screenshot({
    element,
    base64: true,
    path: `__screenshots__/forced-colors/${name}.png`,
  });
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const box = element.getBoundingClientRect();
  // The photo is in device pixels of the test frame: at any scale but 1, a 1 px rule blurs.
  const scale = canvas.width / box.width;
  expect(scale).toBeCloseTo(1, 2);
  // Photos are clipped to the test frame's viewport: all of the element must be inside it.
  expect(box.bottom).toBeLessThanOrEqual(innerHeight);
  expect(box.right).toBeLessThanOrEqual(innerWidth);
  return {
    width: box.width,
    height: box.height,
    at(x, y) {
      const px = Math.max(0, Math.min(canvas.width - 1, Math.round(x * scale)));
      const py = Math.max(0, Math.min(canvas.height - 1, Math.round(y * scale)));
      const i = (py * canvas.width + px) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

const luminance = ([r, g, b]: [number, number, number]) => {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

/** WCAG contrast of two pixels. */
const contrast = (a: [number, number, number], b: [number, number, number]) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/**
 * Whether a line drawn around `box` (relative to the photo) shows against the inside. Each side
 * is sampled at a quarter, half and three quarters of its length; at two of the three (text or a
 * crossing rule may sit at one), some pixel near the edge must stand out at 3:1 (WCAG 1.4.11)
 * from the pixel `inset` px further in.
 */
function edgesShow(
  pixels: Pixels,
  box: { left: number; top: number; width: number; height: number },
  reach = 4,
  inset = 8,
) {
  const right = box.left + box.width - 1;
  const bottom = box.top + box.height - 1;
  const along = (start: number, length: number) => [0.25, 0.5, 0.75].map((f) => start + f * length);
  const sides = {
    top: along(box.left, box.width).map((x) => (d: number) => [x, box.top + d] as const),
    bottom: along(box.left, box.width).map((x) => (d: number) => [x, bottom - d] as const),
    left: along(box.top, box.height).map((y) => (d: number) => [box.left + d, y] as const),
    right: along(box.top, box.height).map((y) => (d: number) => [right - d, y] as const),
  };
  const shows = (point: (d: number) => readonly [number, number]) => {
    const inside = pixels.at(...point(reach + inset));
    // From 2 px outside the box (collapsed and rounded edges) to `reach` px inside it.
    return Array.from({ length: reach + 3 }, (_, d) => pixels.at(...point(d - 2))).some(
      (pixel) => contrast(pixel, inside) >= 3,
    );
  };
  return Object.fromEntries(
    Object.entries(sides).map(([side, points]) => [side, points.filter(shows).length >= 2]),
  );
}

const allSides = { top: true, bottom: true, left: true, right: true };

/** Renders a story with room around it, so that its edges are inside the photo. */
function renderFramed(Story: () => React.JSX.Element) {
  const { container } = render(
    <div data-frame style={{ padding: '8px', display: 'flow-root' }}>
      <Story />
    </div>,
  );
  const frame = container.querySelector('[data-frame]')!;
  return { frame, root: frame.querySelector('[part~="root"]')! };
}

/** `element`'s box relative to `frame`'s. */
const within = (element: Element, frame: Element) => {
  const a = element.getBoundingClientRect();
  const b = frame.getBoundingClientRect();
  return { left: a.left - b.left, top: a.top - b.top, width: a.width, height: a.height };
};

describe('forced-colours screenshots of the stories', () => {
  it('are taken with forced colours really on', () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  });

  it('would catch a boundary drawn only with a shadow and a background', async () => {
    // Forced colours drop both: the check must then see no edge at all.
    const { container } = render(
      <div data-frame style={{ padding: '8px', display: 'flow-root' }}>
        <div data-card style={{ padding: '24px', background: '#dde', boxShadow: '0 0 0 2px #336' }}>
          A card outlined the way forced colours erase.
        </div>
      </div>,
    );
    const frame = container.querySelector('[data-frame]')!;
    const pixels = await photograph(frame, 'shadow-only-card');
    expect(edgesShow(pixels, within(frame.querySelector('[data-card]')!, frame))).toEqual({
      top: false,
      bottom: false,
      left: false,
      right: false,
    });
  });

  // The box each block draws around itself (the FAQ's heading sits outside its accordion's box).
  it.each([
    ['KeyTakeaways', '[part~="root"]'],
    ['QuizCta', '[part~="root"]'],
    ['BookingCta', '[part~="root"]'],
    ['Faq', '[data-orientation]'],
    ['Accordion', '[data-orientation]'],
  ] as const)('%s keeps its outline on screen', async (name, boxed) => {
    const { frame, root } = renderFramed(blocks[name]);
    const pixels = await photograph(frame, name);
    const box = root.matches(boxed) ? root : root.querySelector(boxed)!;
    expect(edgesShow(pixels, within(box, frame))).toEqual(allSides);
  });

  it('Byline keeps the rule that ends it', async () => {
    const { frame, root } = renderFramed(blocks.Byline);
    const pixels = await photograph(frame, 'Byline');
    expect(edgesShow(pixels, within(root, frame)).bottom).toBe(true);
  });

  it('QuizCtaGroup keeps the outline of every card', async () => {
    const { frame } = renderFramed(blocks.QuizCtaGroup);
    const cards = [...frame.querySelectorAll('li [part~="root"]')];
    expect(cards.length).toBe(3);
    const pixels = await photograph(frame, 'QuizCtaGroup');
    for (const card of cards) expect(edgesShow(pixels, within(card, frame))).toEqual(allSides);
  });

  it('ComparisonTable keeps its cell rules and the recommended badge outline', async () => {
    const { frame } = renderFramed(blocks.ComparisonTable);
    const table = frame.querySelector('table')!;
    expect(table.checkVisibility()).toBe(true);
    const pixels = await photograph(frame, 'ComparisonTable');
    const cells = [...table.querySelectorAll('th, td')];
    expect(cells.length).toBeGreaterThan(4);
    // Between neighbouring cells there is one shared rule: check the cell's own top and left.
    for (const cell of cells) {
      const { top, left } = edgesShow(pixels, within(cell, frame), 3, 6);
      expect({ cell: cell.textContent, top, left }).toEqual({
        cell: cell.textContent,
        top: true,
        left: true,
      });
    }
    const badge = table.querySelector('[part~="badge"]')!;
    expect(badge.textContent).toBe('Recommended');
    expect(edgesShow(pixels, within(badge, frame), 2, 3)).toEqual(allSides);
  });

  it('draws a focus ring that shows around the focused call to action', async () => {
    const { frame } = renderFramed(blocks.QuizCta);
    const link = frame.querySelector('a')!;
    const before = await photograph(frame, 'QuizCta-unfocused');
    link.focus({ focusVisible: true });
    expect(link.matches(':focus-visible')).toBe(true);
    const after = await photograph(frame, 'QuizCta-focused');
    // Just outside the link's box (above it and to its left), a ring appears that was not there.
    const box = within(link, frame);
    const change = (point: (d: number) => readonly [number, number]) =>
      Math.max(
        ...[1, 2, 3, 4, 5].map((d) => contrast(before.at(...point(d)), after.at(...point(d)))),
      );
    expect(change((d) => [box.left + box.width / 2, box.top - d])).toBeGreaterThanOrEqual(3);
    expect(change((d) => [box.left - d, box.top + box.height / 2])).toBeGreaterThanOrEqual(3);
  });
});
