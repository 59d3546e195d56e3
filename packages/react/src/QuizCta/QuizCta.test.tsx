import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClinicLocaleProvider } from '../internal/locale/LocaleContext';
import { QuizCta, QuizCtaGroup } from './QuizCta';

afterEach(() => vi.restoreAllMocks());

const unsafeHrefs = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '  JAVASCRIPT:alert(1)',
  'java\tscript:x',
  'vbscript:msgbox(1)',
];

describe('QuizCta', () => {
  it('links to the quiz with the default heading and label', () => {
    render(<QuizCta condition="ADHD" href="/quizzes/adhd" />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Could it be ADHD? Take our quiz' }),
    ).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Take the quiz' });
    expect(link.getAttribute('href')).toBe('/quizzes/adhd');
    expect(link.getAttribute('part')).toBe('action');
  });

  it('uses the generic heading without a condition', () => {
    render(<QuizCta href="/quizzes" />);
    expect(
      screen.getByRole('heading', { name: 'Not sure where to start? Take our quiz' }),
    ).toBeTruthy();
  });

  it('takes heading, label, level and short text', () => {
    render(
      <QuizCta
        condition="anxiety"
        href="https://harborlight.example/quiz/anxiety"
        heading="Worried all the time?"
        label="Start the 2-minute check"
        headingLevel={3}
      >
        <p>Seven questions, no sign-up.</p>
      </QuizCta>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Worried all the time?' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start the 2-minute check' })).toBeTruthy();
    expect(screen.getByText('Seven questions, no sign-up.')).toBeTruthy();
  });

  it('speaks Spanish from the prop or the provider', () => {
    const { rerender } = render(<QuizCta condition="TDAH" href="/q" locale="es" />);
    expect(
      screen.getByRole('heading', { name: '¿Podría ser TDAH? Haz nuestro cuestionario' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Hacer el cuestionario' })).toBeTruthy();
    rerender(
      <ClinicLocaleProvider locale="es">
        <QuizCta href="/q" />
      </ClinicLocaleProvider>,
    );
    expect(
      screen.getByRole('heading', {
        name: '¿No sabes por dónde empezar? Haz nuestro cuestionario',
      }),
    ).toBeTruthy();
  });

  it('calls onCtaClick with only the condition and href, without stopping navigation', async () => {
    const onCtaClick = vi.fn();
    let defaultPrevented: boolean | undefined;
    const { container } = render(
      <QuizCta condition="ADHD" href=" /quizzes/adhd " onCtaClick={onCtaClick} />,
    );
    container.addEventListener('click', (event) => {
      defaultPrevented = event.defaultPrevented;
      event.preventDefault(); // jsdom cannot navigate
    });
    await userEvent.click(screen.getByRole('link'));
    expect(onCtaClick).toHaveBeenCalledTimes(1);
    expect(onCtaClick).toHaveBeenCalledWith({ condition: 'ADHD', href: '/quizzes/adhd' });
    expect(defaultPrevented).toBe(false);
  });

  it('leaves condition out of the detail when there is none', async () => {
    const onCtaClick = vi.fn();
    const { container } = render(<QuizCta href="/q" onCtaClick={onCtaClick} />);
    container.addEventListener('click', (event) => event.preventDefault());
    await userEvent.click(screen.getByRole('link'));
    expect(onCtaClick.mock.calls[0]?.[0]).toStrictEqual({ href: '/q' });
  });

  it.each(unsafeHrefs)(
    'never renders %j as an href; the card stays, a warning names it',
    (href) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(
        <QuizCta condition="ADHD" href={href}>
          Ten questions.
        </QuizCta>,
      );
      expect(container.querySelector('[href]')).toBeNull();
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByRole('heading', { name: 'Could it be ADHD? Take our quiz' })).toBeTruthy();
      expect(screen.getByText('Ten questions.')).toBeTruthy();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('QuizCta: href'));
      // Nor in the server-rendered HTML.
      expect(renderToString(<QuizCta href={href} />)).not.toMatch(/href=/i);
    },
  );

  it('warns when href is missing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<QuizCta condition="ADHD" href="" />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('QuizCta: href is missing'));
  });
});

describe('QuizCtaGroup', () => {
  it('is a labelled list with one item per card', () => {
    render(
      <QuizCtaGroup>
        <QuizCta condition="ADHD" href="/q/adhd" headingLevel={3} />
        <QuizCta condition="anxiety" href="/q/anxiety" headingLevel={3} />
        {null}
        <QuizCta condition="depression" href="/q/depression" headingLevel={3} />
      </QuizCtaGroup>,
    );
    const list = screen.getByRole('list', { name: 'Self-screening quizzes' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items.map((item) => within(item).getByRole('link').getAttribute('href'))).toEqual([
      '/q/adhd',
      '/q/anxiety',
      '/q/depression',
    ]);
  });

  it('gives each card inside a fragment its own item', () => {
    render(
      <QuizCtaGroup>
        <>
          <QuizCta condition="ADHD" href="/q/adhd" />
          <QuizCta condition="anxiety" href="/q/anxiety" />
        </>
        {[<QuizCta key="d" condition="depression" href="/q/depression" />]}
      </QuizCtaGroup>,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => within(item).getAllByRole('link').length)).toEqual([1, 1, 1]);
  });

  it('takes a label, and a Spanish default', () => {
    const { rerender } = render(
      <QuizCtaGroup label="Check in with yourself">
        <QuizCta href="/q" />
      </QuizCtaGroup>,
    );
    expect(screen.getByRole('list', { name: 'Check in with yourself' })).toBeTruthy();
    rerender(
      <QuizCtaGroup locale="es">
        <QuizCta href="/q" />
      </QuizCtaGroup>,
    );
    expect(screen.getByRole('list', { name: 'Cuestionarios de autoevaluación' })).toBeTruthy();
  });
});
