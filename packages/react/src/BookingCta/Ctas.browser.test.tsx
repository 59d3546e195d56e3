import '@clinic-ui/tokens/styles.css';
import { expectNoAxeViolations } from '@clinic-ui/testing/axe';
import { render } from '@testing-library/react';
import { vars } from '@clinic-ui/tokens';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Byline } from '../Byline/Byline';
import { QuizCta, QuizCtaGroup } from '../QuizCta/QuizCta';
import { BookingCta } from './BookingCta';

const themes = [
  { name: 'calm', brand: 'rgb(31, 95, 122)' },
  { name: 'warm', brand: 'rgb(140, 59, 34)' },
] as const;

function Themed({ theme, children }: { theme: 'calm' | 'warm'; children: ReactNode }) {
  // The calm theme is the default on :root; warm is applied to a container, as a host page would.
  // The container is painted with the theme's surface, so axe checks contrast on the real colours.
  const style = { background: vars.color.surface, color: vars.color.text, padding: '1rem' };
  return theme === 'calm' ? (
    <div style={style}>{children}</div>
  ) : (
    <div data-clinic-theme="warm" style={style}>
      {children}
    </div>
  );
}

function Blocks() {
  return (
    <main>
      <Byline
        author={{ name: 'Jonah Pike', credentials: 'LCSW', url: '/team/jonah-pike' }}
        reviewer={{
          name: 'Dr. Mara Quell',
          credentials: 'MD',
          url: '/team/mara-quell',
          avatarUrl: '/avatars/mara.png',
        }}
        published="2026-03-04"
        reviewed="2026-03-18"
        readMinutes={6}
        structuredData
      />
      <QuizCtaGroup>
        <QuizCta condition="ADHD" href="/quiz/adhd" headingLevel={3}>
          Twelve short questions about focus and restlessness.
        </QuizCta>
        <QuizCta condition="anxiety" href="/quiz/anxiety" headingLevel={3} />
        <QuizCta condition="depression" href="/quiz/depression" headingLevel={3} />
      </QuizCtaGroup>
      <BookingCta
        href="/book"
        accepting
        locations={['Fernhollow Eastside', 'Fernhollow Riverside', 'Online']}
        phone="(555) 010-0199"
      >
        Most new patients are seen within a week.
      </BookingCta>
    </main>
  );
}

describe('calls to action in real Chromium', () => {
  it.each(themes)('draw the link in the $name brand colour', ({ name, brand }) => {
    const { getByRole } = render(
      <Themed theme={name}>
        <QuizCta condition="ADHD" href="/quiz/adhd" />
        <BookingCta href="/book" />
      </Themed>,
    );
    for (const link of [
      getByRole('link', { name: 'Take the quiz' }),
      getByRole('link', { name: 'Book an appointment' }),
    ]) {
      const style = getComputedStyle(link);
      expect(style.backgroundColor).toBe(brand);
      expect(style.color).toBe('rgb(255, 255, 255)');
      expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
  });

  it('shows a visible focus outline on the CTA links when reached by keyboard', async () => {
    const { getByRole } = render(
      <>
        <QuizCta condition="ADHD" href="/quiz/adhd" />
        <BookingCta href="/book" phone="555 0100" />
      </>,
    );
    const quizLink = getByRole('link', { name: 'Take the quiz' });
    expect(getComputedStyle(quizLink).outlineStyle).toBe('none');
    await userEvent.tab();
    expect(document.activeElement).toBe(quizLink);
    const focused = getComputedStyle(quizLink);
    expect(focused.outlineStyle).toBe('solid');
    expect(Number.parseFloat(focused.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(focused.outlineColor).toBe('rgb(40, 100, 199)');
    await userEvent.tab();
    const bookLink = getByRole('link', { name: 'Book an appointment' });
    expect(document.activeElement).toBe(bookLink);
    expect(getComputedStyle(bookLink).outlineStyle).toBe('solid');
    await userEvent.tab();
    const phoneLink = getByRole('link', { name: 'Or call 555 0100' });
    expect(document.activeElement).toBe(phoneLink);
    expect(getComputedStyle(phoneLink).outlineStyle).toBe('solid');
    expect(phoneLink.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });

  it('reflows a QuizCtaGroup at 320px without horizontal overflow', () => {
    const { container, getAllByRole } = render(
      <div style={{ inlineSize: '320px' }}>
        <QuizCtaGroup>
          <QuizCta condition="obsessive-compulsive disorder (OCD)" href="/quiz/ocd">
            A longer description of a screening quiz that wraps across several lines of text.
          </QuizCta>
          <QuizCta
            condition="anxiety"
            href="/quiz/anxiety"
            label="Take the free, private anxiety check"
          />
          <QuizCta condition="depression" href="/quiz/depression" />
        </QuizCtaGroup>
        <BookingCta
          href="/book"
          accepting
          locations={['Fernhollow Eastside', 'Fernhollow Riverside']}
          phone="+1 (555) 010-0199"
        />
      </div>,
    );
    const box = container.firstElementChild as HTMLElement;
    const list = box.querySelector('ul') as HTMLElement;
    expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
    expect(box.scrollWidth).toBeLessThanOrEqual(320);
    const items = getAllByRole('listitem').slice(0, 3);
    // One column: every card starts at the same x and spans the full width.
    const lefts = new Set(items.map((item) => Math.round(item.getBoundingClientRect().left)));
    expect(lefts.size).toBe(1);
    for (const item of items) {
      expect(Math.round(item.getBoundingClientRect().width)).toBe(320);
      for (const element of item.querySelectorAll('*')) {
        expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(
          item.getBoundingClientRect().right + 0.5,
        );
      }
    }
  });

  it('puts three quizzes side by side when there is room', () => {
    const { getAllByRole } = render(
      <div style={{ inlineSize: '960px' }}>
        <QuizCtaGroup>
          <QuizCta condition="ADHD" href="/quiz/adhd" />
          <QuizCta condition="anxiety" href="/quiz/anxiety" />
          <QuizCta condition="depression" href="/quiz/depression" />
        </QuizCtaGroup>
      </div>,
    );
    const tops = new Set(
      getAllByRole('listitem').map((item) => Math.round(item.getBoundingClientRect().top)),
    );
    expect(tops.size).toBe(1);
  });

  it.each(themes)('have no axe-core violations in $name', async ({ name }) => {
    const { container } = render(
      <Themed theme={name}>
        <Blocks />
      </Themed>,
    );
    await expectNoAxeViolations(container);
  });

  it('keep a Byline avatar the same size before and after the image loads', () => {
    const { container } = render(
      <Byline author={{ name: 'Jonah Pike', avatarUrl: '/does-not-exist.png' }} />,
    );
    const img = container.querySelector('img') as HTMLImageElement;
    const { width, height } = img.getBoundingClientRect();
    expect(Math.round(width)).toBe(40);
    expect(Math.round(height)).toBe(40);
  });
});
