import '@clinic-ui/tokens/styles.css';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { Accordion } from '../Accordion';
import { BookingCta } from '../BookingCta';
import { ComparisonTable } from '../ComparisonTable';
import {
  sampleCaption,
  sampleCriteria,
  sampleOptions,
} from '../ComparisonTable/ComparisonTable.fixtures';
import { KeyTakeaways } from '../KeyTakeaways';
import { QuizCta } from '../QuizCta';

// Windows High Contrast and other forced-colours modes drop backgrounds and box shadows and
// replace colours with system ones: outlines and borders must carry the shapes and focus.
beforeEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'forced-colors', value: 'active' }],
  });
});

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

const visibleBorder = (element: Element) => {
  const style = getComputedStyle(element);
  return ['Top', 'Right', 'Bottom', 'Left'].some(
    (side) =>
      style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
      parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
  );
};

describe('forced-colours mode', () => {
  it('is really emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  });

  it('keeps the outline of cards and calls to action', () => {
    const { container } = render(
      <>
        <KeyTakeaways points={['One point.', 'Another.', 'A third.']} />
        <QuizCta condition="ADHD" href="/quiz" />
        <BookingCta href="/book" accepting />
      </>,
    );
    const cards = container.querySelectorAll('[part~="root"]');
    expect(cards.length).toBe(3);
    for (const card of cards) expect(visibleBorder(card), card.outerHTML.slice(0, 60)).toBe(true);
    for (const link of screen.getAllByRole('link')) expect(visibleBorder(link)).toBe(true);
  });

  it('keeps a visible focus indicator on keyboard focus', async () => {
    render(
      <>
        <QuizCta condition="ADHD" href="/quiz" />
        <Accordion items={[{ value: 'a', trigger: 'Is it private?', content: 'Yes.' }]} />
      </>,
    );
    for (const name of [/take the quiz/i, 'Is it private?']) {
      await userEvent.tab();
      const focused = document.activeElement!;
      expect(focused).toBe(
        screen.getByRole(name === 'Is it private?' ? 'button' : 'link', { name }),
      );
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).not.toBe('none');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the boundaries of the accordion, the comparison table and the recommended badge', () => {
    const { container } = render(
      <>
        <Accordion
          items={[
            { value: 'a', trigger: 'Is it private?', content: 'Yes.' },
            { value: 'b', trigger: 'Is it covered?', content: 'Often.' },
          ]}
          defaultValue="a"
        />
        <div style={{ inlineSize: '900px' }}>
          <ComparisonTable
            caption={sampleCaption}
            options={sampleOptions}
            criteria={sampleCriteria}
            highlight={sampleOptions[1]!.id}
          />
        </div>
      </>,
    );
    const accordion = container.querySelector('[part~="root"][data-orientation]')!;
    expect(visibleBorder(accordion)).toBe(true);
    const cells = [...container.querySelectorAll('table th, table td')];
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(visibleBorder(cell), cell.textContent ?? '').toBe(true);
    // The badge is text inside an outline, never a background colour alone.
    const badge = [...container.querySelectorAll('table [part~="badge"]')][0]!;
    expect(badge.textContent).toBe('Recommended');
    expect(badge.checkVisibility()).toBe(true);
    expect(visibleBorder(badge)).toBe(true);
    expect(getComputedStyle(badge).borderTopColor).not.toBe('rgba(0, 0, 0, 0)');
  });
});
