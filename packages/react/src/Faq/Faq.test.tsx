import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClinicLocaleProvider } from '../internal/locale/LocaleContext';
import { buildFaqPageJsonLd, Faq, type FaqItem } from './Faq';

const items: FaqItem[] = [
  {
    question: 'Do I need a referral?',
    answer: 'No. You can book a first visit directly.',
  },
  {
    question: 'Do you take insurance?',
    answer: 'Most major plans; we confirm your coverage before the first visit.',
  },
  {
    question: (
      <>
        Can I see a <em>therapist</em> online?
      </>
    ),
    questionText: 'Can I see a therapist online?',
    answer: (
      <p>
        Yes. See <a href="/telehealth">our telehealth page</a>.
      </p>
    ),
    answerText: 'Yes. See our telehealth page.',
  },
];

afterEach(() => vi.restoreAllMocks());

interface FaqPage {
  '@type': string;
  mainEntity: { name: string; acceptedAnswer: { text: string } }[];
}

function parseScript(script: Element | undefined): FaqPage {
  return JSON.parse(script?.textContent ?? '') as FaqPage;
}

function jsonLdScripts(container: HTMLElement): HTMLScriptElement[] {
  return [...container.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
}

describe('Faq', () => {
  it('is a region labelled by its h2 heading, with h3 question headings holding buttons', () => {
    render(<Faq items={items} />);
    const region = screen.getByRole('region', { name: 'Frequently asked questions' });
    expect(
      within(region).getByRole('heading', { level: 2, name: 'Frequently asked questions' }),
    ).toBeTruthy();
    const questions = within(region).getAllByRole('heading', { level: 3 });
    expect(questions.map((heading) => heading.textContent)).toEqual([
      'Do I need a referral?',
      'Do you take insurance?',
      'Can I see a therapist online?',
    ]);
    for (const question of questions) expect(within(question).getByRole('button')).toBeTruthy();
  });

  it('takes a heading and level; questions sit one level below, at most h6', () => {
    const { rerender } = render(<Faq items={items} heading="Before you book" headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Before you book' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 5 })).toHaveLength(3);
    rerender(<Faq items={items} headingLevel={6} />);
    expect(screen.getAllByRole('heading', { level: 6 })).toHaveLength(4);
  });

  it('lets readers open several answers by default', async () => {
    const user = userEvent.setup();
    render(<Faq items={items} />);
    await user.click(screen.getByRole('button', { name: 'Do I need a referral?' }));
    await user.click(screen.getByRole('button', { name: 'Do you take insurance?' }));
    expect(screen.getByText('No. You can book a first visit directly.')).toBeTruthy();
    expect(
      screen.getByText('Most major plans; we confirm your coverage before the first visit.'),
    ).toBeTruthy();
  });

  it('keeps one answer open in single mode, and can close it', async () => {
    const user = userEvent.setup();
    render(<Faq items={items} type="single" />);
    const referral = screen.getByRole('button', { name: 'Do I need a referral?' });
    const insurance = screen.getByRole('button', { name: 'Do you take insurance?' });
    await user.click(referral);
    await user.click(insurance);
    expect(referral.getAttribute('aria-expanded')).toBe('false');
    expect(insurance.getAttribute('aria-expanded')).toBe('true');
    await user.click(insurance);
    expect(insurance.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens items named by defaultValue (position or value) and by defaultOpen', () => {
    render(
      <Faq
        items={[
          { ...items[0]!, value: 'referral' },
          { ...items[1]!, defaultOpen: true },
          items[2]!,
        ]}
        defaultValue={['referral', '2']}
      />,
    );
    const states = screen
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-expanded'));
    expect(states).toEqual(['true', 'true', 'true']);
    expect(screen.getByRole('link', { name: 'our telehealth page' }).getAttribute('href')).toBe(
      '/telehealth',
    );
  });

  it('uses the locale prop, then the provider, and falls back to English', () => {
    const { rerender } = render(<Faq items={items} locale="es" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Preguntas frecuentes' })).toBeTruthy();
    rerender(
      <ClinicLocaleProvider locale="es-MX">
        <Faq items={items} />
      </ClinicLocaleProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Preguntas frecuentes' })).toBeTruthy();
    rerender(<Faq items={items} locale="xx" />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Frequently asked questions' }),
    ).toBeTruthy();
  });

  it('emits no structured data unless asked', () => {
    const { container } = render(<Faq items={items} />);
    expect(jsonLdScripts(container)).toHaveLength(0);
  });

  it('emits valid FAQPage JSON-LD inside its root when structuredData is on', () => {
    const { container } = render(<Faq items={items} structuredData id="faq" />);
    const scripts = jsonLdScripts(container);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.closest('section')?.id).toBe('faq');
    expect(parseScript(scripts[0])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Do I need a referral?',
          acceptedAnswer: { '@type': 'Answer', text: 'No. You can book a first visit directly.' },
        },
        {
          '@type': 'Question',
          name: 'Do you take insurance?',
          acceptedAnswer: {
            '@type': 'Answer',
            text: 'Most major plans; we confirm your coverage before the first visit.',
          },
        },
        {
          '@type': 'Question',
          name: 'Can I see a therapist online?',
          acceptedAnswer: { '@type': 'Answer', text: 'Yes. See our telehealth page.' },
        },
      ],
    });
  });

  it('cannot be broken out of its script element by a question', () => {
    const attack = 'Is this safe?</script><script>alert(1)</script><!--';
    const answer = 'Yes & <b>always</b>.';
    const { container } = render(<Faq items={[{ question: attack, answer }]} structuredData />);
    expect(container.querySelectorAll('script')).toHaveLength(1);
    const data = parseScript(jsonLdScripts(container)[0]);
    expect(data.mainEntity[0]?.name).toBe(attack);
    expect(data.mainEntity[0]?.acceptedAnswer.text).toBe(answer);

    // The server HTML, parsed as a browser would, also holds exactly one script.
    const html = renderToString(<Faq items={[{ question: attack, answer }]} structuredData />);
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const scripts = parsed.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(parseScript(scripts[0]).mainEntity[0]?.name).toBe(attack);
  });

  it('leaves out items without plain text, warning which one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = buildFaqPageJsonLd([
      items[0]!,
      { question: <strong>Rich question</strong>, answer: 'Plain answer' },
      { question: 'Plain question', answer: <p>Rich answer</p> },
      { question: '   ', answer: 'Blank question' },
    ]) as unknown as { mainEntity: { name: string }[] };
    expect(data.mainEntity.map((entity) => entity.name)).toEqual(['Do I need a referral?']);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Faq: item 2 has no plain-text question'),
    );
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Faq: item 3 has no plain-text answer'),
    );
  });

  it('emits no script when no item has plain text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <Faq items={[{ question: <em>Rich</em>, answer: <p>Rich</p> }]} structuredData />,
    );
    expect(jsonLdScripts(container)).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Faq: structuredData is on but no item has plain text'),
    );
  });

  it('warns, naming the component, when there are no items', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Faq items={[]} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Faq: items is empty'));
    expect(screen.getByRole('heading', { name: 'Frequently asked questions' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('renders on the server with its questions and structured data', () => {
    const html = renderToString(<Faq items={items} structuredData defaultValue="0" />);
    expect(html).toContain('<h2');
    expect(html).toContain('Do you take insurance?');
    expect(html).toContain('No. You can book a first visit directly.');
    expect(html).toContain('application/ld+json');
    expect(html).not.toContain('undefined');
  });

  it('passes id, className and parts to the root', () => {
    const { container } = render(<Faq items={items} id="faq" className="host-class" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.id).toBe('faq');
    expect(root.classList.contains('host-class')).toBe(true);
    expect(root.getAttribute('part')).toBe('root');
    expect(root.querySelector('[part="heading"]')?.tagName).toBe('H2');
  });

  it('takes a controlled value and reports changes by item value', async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    function Controlled() {
      const [open, setOpen] = useState<string[]>([]);
      return (
        <>
          <p>Open: {open.join(',') || 'none'}</p>
          <Faq
            items={[{ ...items[0]!, value: 'referral' }, items[1]!]}
            value={open}
            onValueChange={(next) => {
              changes.push(next);
              setOpen(next);
            }}
          />
        </>
      );
    }
    render(<Controlled />);
    await user.click(screen.getByRole('button', { name: 'Do I need a referral?' }));
    await user.click(screen.getByRole('button', { name: 'Do you take insurance?' }));
    expect(changes).toEqual([['referral'], ['referral', '1']]);
    expect(screen.getByText('Open: referral,1')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Do you take insurance?' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });
});
