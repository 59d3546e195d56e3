import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClinicLocaleProvider } from '../internal/locale/LocaleContext';
import { Screener } from './Screener';
import { sampleItems, sampleNotice, sampleUnscoredItem } from './Screener.fixtures';

afterEach(() => vi.restoreAllMocks());

const phq9 = sampleItems(9, { selfHarmItem: 9 });

/** Picks, for each item n (1-based) in `answers`, the option with that value. */
async function answer(user: ReturnType<typeof userEvent.setup>, answers: Record<number, number>) {
  for (const [item, value] of Object.entries(answers)) {
    const group = screen.getByRole('group', {
      name: new RegExp(`Sample question ${item}\\b`),
    });
    await user.click(radio(group, value));
  }
}

/** The option valued `value` inside `container`. */
function radio(container: HTMLElement, value: number): HTMLInputElement {
  const found = within(container).getAllByRole<HTMLInputElement>('radio')[value];
  if (!found) throw new Error(`no option ${value}`);
  return found;
}

const allOnes = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [i + 1, 1]));

describe('Screener', () => {
  it('shows one fieldset and legend per item, options valued 0-3, the privacy line and the notice last', () => {
    const { container } = render(
      <Screener instrument="phq-9" items={phq9} notice={sampleNotice} />,
    );
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(9);
    for (const group of groups) {
      expect(group.tagName).toBe('FIELDSET');
      expect(group.firstElementChild?.tagName).toBe('LEGEND');
      expect(
        within(group)
          .getAllByRole('radio')
          .map((radio) => (radio as HTMLInputElement).value),
      ).toEqual(['0', '1', '2', '3']);
    }
    expect(
      screen.getByText('Your answers stay on this device and are not sent anywhere.'),
    ).toBeTruthy();
    const form = container.querySelector('form') as HTMLFormElement;
    expect(form.lastElementChild?.textContent).toBe(sampleNotice);
    expect(form.getAttribute('action')).toBeNull();
  });

  it('does not move on or score when an option is chosen (no auto-advance)', async () => {
    const user = userEvent.setup();
    render(<Screener instrument="phq-9" items={phq9} />);
    await answer(user, allOnes);
    expect(screen.queryByRole('heading', { name: 'Your result' })).toBeNull();
    expect(screen.getAllByRole('group')).toHaveLength(9);
  });

  it('lists every unanswered item in an error summary that takes focus, and shows no result', async () => {
    const user = userEvent.setup();
    render(<Screener instrument="phq-9" items={phq9} />);
    await answer(user, { 1: 0, 2: 1, 4: 2, 5: 0, 6: 0, 7: 0, 8: 0 });
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Select an answer for question 3',
      'Select an answer for question 9',
    ]);
    expect(screen.queryByRole('heading', { name: 'Your result' })).toBeNull();
    // Each unanswered item says so inside its fieldset, described by the message.
    const third = screen.getByRole('group', { name: /Sample question 3\b/ });
    expect(third.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(third.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Error: Select an answer',
    );
    expect(
      screen.getByRole('group', { name: /Sample question 1\b/ }).getAttribute('aria-describedby'),
    ).toBeNull();
    // A summary link focuses the item's first option without touching the URL.
    const before = window.location.href;
    await user.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(
      radio(screen.getByRole('group', { name: /Sample question 9\b/ }), 0),
    );
    expect(window.location.href).toBe(before);
    // Answering an item clears its error.
    await user.click(radio(screen.getByRole('group', { name: /Sample question 3\b/ }), 1));
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(1);
  });

  it('shows the total, band, meaning, not-a-diagnosis line, crisis lines and booking, focusing the result heading', async () => {
    const user = userEvent.setup();
    const onCtaClick = vi.fn();
    render(
      <Screener
        instrument="phq-9"
        items={phq9}
        heading="Sample mood check"
        bookingHref="/book"
        onCtaClick={onCtaClick}
      />,
    );
    await answer(user, { ...allOnes, 9: 0 });
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    const heading = screen.getByRole('heading', { level: 3, name: 'Your result' });
    expect(document.activeElement).toBe(heading);
    const result = screen.getByRole('region', { name: 'Your result' });
    expect(result.textContent).toContain('Your score is 8 out of 27.');
    expect(result.textContent).toContain('Result: Mild');
    expect(result.textContent).toContain('Your answers suggest mild symptoms.');
    expect(result.textContent).toContain(
      'This is a screen, not a diagnosis. Share your result with a clinician',
    );
    expect(
      within(result).queryByRole('heading', { name: 'Help is available right now' }),
    ).toBeNull();
    const crisis = within(result).getByRole('heading', {
      name: 'If you need to talk to someone now',
    }).parentElement as HTMLElement;
    expect(
      within(crisis)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['tel:988', 'sms:988', 'sms:988?body=AYUDA', 'tel:911', 'https://findahelpline.com']);
    expect(crisis.textContent).toContain('text AYUDA to 988');
    expect(crisis.textContent).not.toMatch(/press 3/i);
    // The form is gone: the answers are no longer on screen.
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    const book = screen.getByRole('link', { name: 'Book an appointment to talk it through' });
    expect(book.getAttribute('href')).toBe('/book');
    book.addEventListener('click', (event) => event.preventDefault());
    await user.click(book);
    expect(onCtaClick).toHaveBeenCalledWith({ href: '/book' });
  });

  it.each([1, 2, 3])(
    'puts a prominent crisis block above the score when item 9 is %i',
    async (value) => {
      const user = userEvent.setup();
      render(<Screener instrument="phq-9" items={phq9} />);
      await answer(user, {
        ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [i + 1, 0])),
        9: value,
      });
      await user.click(screen.getByRole('button', { name: 'See my result' }));
      const urgent = screen.getByRole('heading', { name: 'Help is available right now' })
        .parentElement as HTMLElement;
      const score = screen.getByText(`Your score is ${value} out of 27.`);
      expect(urgent.compareDocumentPosition(score) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(urgent.textContent).toContain('You said you have had thoughts of hurting yourself.');
      expect(
        within(urgent)
          .getAllByRole('link')
          .map((link) => link.getAttribute('href')),
      ).toEqual([
        'tel:988',
        'sms:988',
        'sms:988?body=AYUDA',
        'tel:911',
        'https://findahelpline.com',
      ]);
      expect(screen.getByText('Result: Minimal')).toBeTruthy();
    },
  );

  it('neither requires nor adds the tenth, unscored PHQ-9 question', async () => {
    const user = userEvent.setup();
    render(<Screener instrument="phq-9" items={[...phq9, sampleUnscoredItem]} />);
    expect(screen.getAllByRole('group')).toHaveLength(10);
    await answer(user, { ...allOnes, 9: 0 });
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(screen.getByText('Your score is 8 out of 27.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await answer(user, { ...allOnes, 9: 0 });
    const tenth = screen.getByRole('group', { name: /Sample question 10\b/ });
    await user.click(radio(tenth, 3));
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(screen.getByText('Your score is 8 out of 27.')).toBeTruthy();
  });

  it('"Start again" clears every answer and the result, and focuses the first option', async () => {
    const user = userEvent.setup();
    render(<Screener instrument="gad-2" items={sampleItems(2)} />);
    await answer(user, { 1: 3, 2: 2 });
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(screen.getByText('Result: At or above the usual cut-off')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(radios.some((radio) => radio.checked)).toBe(false);
    expect(document.activeElement).toBe(radio(document.body, 0));
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(2);
  });

  it('names a custom band by the clinic’s label, with no built-in meaning', async () => {
    const user = userEvent.setup();
    render(
      <Screener instrument="custom" bands="0-2:Settled;3-:Worth a chat" items={sampleItems(2)} />,
    );
    await answer(user, { 1: 1, 2: 2 });
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(screen.getByText('Result: Worth a chat')).toBeTruthy();
    expect(screen.getByText('Your score is 3 out of 6.')).toBeTruthy();
  });

  it('scores a custom check-in only once every item is answered (none answered, or only some)', async () => {
    const user = userEvent.setup();
    render(
      <Screener instrument="custom" bands="0-2:Settled;3-:Worth a chat" items={sampleItems(3)} />,
    );
    const submit = screen.getByRole('button', { name: 'See my result' });
    await user.click(submit);
    expect(screen.getByRole('alert').textContent).toContain('Select an answer for question 1');
    expect(screen.queryByRole('heading', { name: 'Your result' })).toBeNull();
    await answer(user, { 1: 3 });
    await user.click(submit);
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('question 2');
    expect(summary.textContent).toContain('question 3');
    expect(screen.queryByRole('heading', { name: 'Your result' })).toBeNull();
    await answer(user, { 2: 0, 3: 0 });
    await user.click(submit);
    expect(screen.getByText('Your score is 3 out of 9.')).toBeTruthy();
  });

  it('speaks Spanish from the provider: band, crisis lines and errors', async () => {
    const user = userEvent.setup();
    render(
      <ClinicLocaleProvider locale="es-MX">
        <Screener instrument="phq-9" items={sampleItems(9, { locale: 'es', selfHarmItem: 9 })} />
      </ClinicLocaleProvider>,
    );
    expect(
      screen.getByText(
        'Tus respuestas se quedan en este dispositivo y no se envían a ningún sitio.',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ver mi resultado' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Elige una respuesta para la pregunta 1',
      }),
    ).toBeTruthy();
    for (const group of screen.getAllByRole('group'))
      await user.click(radio(group, group === screen.getAllByRole('group')[8] ? 1 : 3));
    await user.click(screen.getByRole('button', { name: 'Ver mi resultado' }));
    expect(screen.getByRole('heading', { name: 'Tu resultado' })).toBeTruthy();
    expect(screen.getByText('Resultado: Grave')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Hay ayuda disponible ahora mismo' })).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'Envía AYUDA por mensaje de texto al 988' })
        .getAttribute('href'),
    ).toBe('sms:988?body=AYUDA');
  });

  it('shows a clinic’s own crisis content outside the US, and findahelpline.com without it', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <Screener
        instrument="phq-2"
        items={sampleItems(2)}
        region="GB"
        crisis={<p>Sample: call the Fernhollow line.</p>}
      />,
    );
    await answer(user, { 1: 0, 2: 0 });
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(screen.getByText('Sample: call the Fernhollow line.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /988/ })).toBeNull();
    unmount();
    render(<Screener instrument="phq-2" items={sampleItems(2)} region="GB" />);
    await answer(user, { 1: 0, 2: 0 });
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(screen.queryByRole('link', { name: /988|911/ })).toBeNull();
    expect(
      screen
        .getByRole('link', { name: 'find a helpline at findahelpline.com' })
        .getAttribute('href'),
    ).toBe('https://findahelpline.com');
  });

  it('refuses a form that does not match its profile: a warning names the problem and the questions stay readable', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Screener instrument="gad-7" items={sampleItems(6)} />);
    expect(warn).toHaveBeenCalledWith(
      '[clinic-ui] Screener: items: gad-7 needs 7 items; the form has 6.',
    );
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(screen.getByText('Sample question 6: the official wording goes here.')).toBeTruthy();
  });

  it('refuses an unsafe booking link with a warning, keeping the result', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const user = userEvent.setup();
    render(
      <Screener instrument="phq-2" items={sampleItems(2)} bookingHref="javascript:alert(1)" />,
    );
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /^\[clinic-ui\] Screener: bookingHref "javascript:alert\(1\)" is not a safe link/,
    );
    await answer(user, { 1: 0, 2: 0 });
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(screen.getByText('Your score is 0 out of 6.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Book/ })).toBeNull();
  });
});

describe('Screener on the server', () => {
  it('renders the whole form, readable before hydration, with no result', () => {
    const html = renderToString(
      <Screener
        instrument="phq-2"
        items={sampleItems(2)}
        notice={sampleNotice}
        heading="Sample check"
      />,
    );
    for (const text of [
      'Sample check',
      'Your answers stay on this device and are not sent anywhere.',
      'Sample question 1: the official wording goes here.',
      'Sample question 2: the official wording goes here.',
      'Sample answer: every day',
      '<fieldset',
      '<legend',
      sampleNotice,
    ])
      expect(html).toContain(text);
    expect(html).not.toContain('Your result');
  });

  it('cannot submit before it hydrates, so answers never reach the URL', () => {
    const html = renderToString(<Screener instrument="phq-2" items={sampleItems(2)} />);
    const submit = /<button[^>]*type="submit"[^>]*>/.exec(html)?.[0];
    // A disabled default button also stops Enter from submitting the form (implicit submission).
    expect(submit).toMatch(/\sdisabled=""/);
    // In the browser the same button works at once.
    render(<Screener instrument="phq-2" items={sampleItems(2)} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'See my result' }).disabled).toBe(
      false,
    );
  });
});

describe('Screener, paged', () => {
  it('shows one item per step with "Question n of N", Continue and Back, keeping answers', async () => {
    const user = userEvent.setup();
    render(<Screener instrument="phq-2" items={sampleItems(2)} paged />);
    expect(screen.getAllByRole('group')).toHaveLength(1);
    expect(screen.getByRole('group').textContent).toContain('Question 1 of 2');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Select an answer for question 1',
    );
    expect(screen.getByRole('group').textContent).toContain('Question 1 of 2');
    await user.click(radio(document.body, 2));
    expect(screen.getByRole('group').textContent).toContain('Question 1 of 2');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('group').textContent).toContain('Question 2 of 2');
    expect(document.activeElement).toBe(radio(document.body, 0));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(radio(document.body, 2).checked).toBe(true);
    expect(document.activeElement).toBe(radio(document.body, 2));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(radio(document.body, 1));
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(screen.getByText('Your score is 3 out of 6.')).toBeTruthy();
  });
});
