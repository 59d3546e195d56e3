import '@clinic-ui/tokens/styles.css';
import { expectNoAxeViolations } from '@clinic-ui/testing/axe';
import { vars } from '@clinic-ui/tokens';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Screener } from './Screener';
import { sampleItems, sampleNotice, sampleUnscoredItem } from './Screener.fixtures';

afterEach(() => vi.restoreAllMocks());

const phq9 = sampleItems(9, { selfHarmItem: 9 });

function Themed({ theme, children }: { theme: 'calm' | 'warm'; children: ReactNode }) {
  const style = { background: vars.color.surface, color: vars.color.text, padding: '1rem' };
  return (
    <main data-clinic-theme={theme} style={style}>
      {children}
    </main>
  );
}

/** Answers the item that holds focus with `value`, by keyboard only (Space, then arrow keys). */
async function answerFocused(value: number) {
  const focused = document.activeElement as HTMLInputElement;
  expect(focused.type).toBe('radio');
  await userEvent.keyboard(' ');
  for (let i = 0; i < value; i++) await userEvent.keyboard('{ArrowDown}');
}

describe('Screener in Chromium', () => {
  it('can be completed with the keyboard alone, errors included', async () => {
    render(
      <Screener
        instrument="phq-9"
        items={[...phq9, sampleUnscoredItem]}
        heading="Sample mood check"
        bookingHref="/book"
        notice={sampleNotice}
      />,
    );
    // Straight to the button with nothing answered: the error summary takes focus.
    for (let i = 0; i < 11; i++) await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('See my result');
    await userEvent.keyboard('{Enter}');
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getAllByRole('link')).toHaveLength(9);
    // Its first link leads to item 1's first option.
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const first = screen.getByRole('group', { name: /Sample question 1\b/ });
    expect(within(first).getAllByRole('radio')).toContain(document.activeElement);
    // Answer every item: 1 for items 1-8, 0 for item 9, and skip the unscored tenth.
    await answerFocused(1);
    for (let item = 2; item <= 9; item++) {
      await userEvent.tab();
      await answerFocused(item === 9 ? 0 : 1);
    }
    await userEvent.tab(); // the unscored tenth
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('See my result');
    await userEvent.keyboard('{Enter}');
    const heading = screen.getByRole('heading', { name: 'Your result' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Your score is 8 out of 27.')).toBeTruthy();
    expect(screen.getByText('Result: Mild')).toBeTruthy();
    // On through the booking link and crisis lines to "Start again".
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Book an appointment to talk it through');
    for (let i = 0; i < 6; i++) await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Start again');
    await userEvent.keyboard('{Enter}');
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(radios.filter((radio) => radio.checked)).toHaveLength(0);
    expect(document.activeElement).toBe(radios[0]);
  });

  it('can be completed with the keyboard alone when paged', async () => {
    render(<Screener instrument="gad-7" items={sampleItems(7)} paged />);
    await userEvent.tab();
    for (let item = 1; item <= 7; item++) {
      expect(screen.getByRole('group').textContent).toContain(`Question ${item} of 7`);
      await answerFocused(2);
      await userEvent.tab();
      await userEvent.keyboard('{Enter}');
      if (item === 2) {
        // Back, by keyboard: the answer is still there and holds focus.
        await userEvent.tab({ shift: true });
        expect(document.activeElement?.textContent).toBe('Back');
        await userEvent.keyboard('{Enter}');
        expect(screen.getByRole('group').textContent).toContain('Question 2 of 7');
        expect((document.activeElement as HTMLInputElement).value).toBe('2');
        await userEvent.tab();
        await userEvent.keyboard('{Enter}');
      }
      if (item < 7) expect((document.activeElement as HTMLInputElement).type).toBe('radio');
    }
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your result' }));
    expect(screen.getByText('Your score is 14 out of 21.')).toBeTruthy();
    expect(screen.getByText('Result: Moderate')).toBeTruthy();
  });

  it('stores nothing, sends nothing, logs nothing and never changes the URL', async () => {
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map(
      (method) => vi.spyOn(console, method),
    );
    const before = {
      href: window.location.href,
      history: window.history.length,
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
    };
    // From here on, any request the page makes (fetch, beacon, image, script) is listed.
    performance.clearResourceTimings();
    render(<Screener instrument="phq-9" items={phq9} bookingHref="/book" />);
    const submit = screen.getByRole('button', { name: 'See my result' });
    await userEvent.click(submit);
    for (const group of screen.getAllByRole('group'))
      await userEvent.click(within(group).getAllByRole('radio')[3] as HTMLElement);
    await userEvent.click(submit);
    expect(screen.getByText('Your score is 27 out of 27.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Help is available right now' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(window.location.href).toBe(before.href);
    expect(window.history.length).toBe(before.history);
    expect(document.cookie).toBe(before.cookie);
    expect(localStorage.length).toBe(before.local);
    expect(sessionStorage.length).toBe(before.session);
    expect((await indexedDB.databases()).length).toBe(before.databases);
    expect(performance.getEntriesByType('resource')).toEqual([]);
    expect('dataLayer' in window).toBe(false);
    for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  });

  it('marks an unanswered item with a written message and a thick edge, not colour alone', async () => {
    render(<Screener instrument="phq-2" items={sampleItems(2)} />);
    await userEvent.click(screen.getByRole('button', { name: 'See my result' }));
    const group = screen.getByRole('group', { name: /Sample question 1\b/ });
    expect(group.textContent).toContain('Select an answer');
    expect(
      Number.parseFloat(getComputedStyle(group).borderInlineStartWidth),
    ).toBeGreaterThanOrEqual(4);
  });

  it('makes each option a target at least 44px tall', () => {
    render(<Screener instrument="phq-2" items={sampleItems(2)} />);
    for (const radio of screen.getAllByRole('radio'))
      expect(radio.closest('label')?.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });

  describe.each(['calm', 'warm'] as const)('axe-core in %s', (theme) => {
    it('finds no violations in the form, the error summary or paged mode', async () => {
      const { container } = render(
        <Themed theme={theme}>
          <Screener
            instrument="phq-9"
            items={phq9}
            heading="Sample mood check"
            notice={sampleNotice}
          />
          <Screener instrument="phq-2" items={sampleItems(2)} paged headingLevel={3} />
        </Themed>,
      );
      await expectNoAxeViolations(container);
      const [submit] = screen.getAllByRole('button', { name: 'See my result' });
      await userEvent.click(submit as HTMLElement);
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      expect(screen.getAllByRole('alert')).toHaveLength(2);
      await expectNoAxeViolations(container);
    });

    it('finds no violations in a result with the crisis block', async () => {
      const { container } = render(
        <Themed theme={theme}>
          <Screener
            instrument="phq-9"
            items={phq9}
            heading="Sample mood check"
            bookingHref="/book"
          />
        </Themed>,
      );
      for (const group of screen.getAllByRole('group'))
        await userEvent.click(within(group).getAllByRole('radio')[2] as HTMLElement);
      await userEvent.click(screen.getByRole('button', { name: 'See my result' }));
      expect(screen.getByRole('heading', { name: 'Help is available right now' })).toBeTruthy();
      await expectNoAxeViolations(container);
    });
  });
});
