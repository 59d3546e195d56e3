import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClinicLocaleProvider } from '../internal/locale/LocaleContext';
import { Byline, buildMedicalWebPageJsonLd, type BylineProps } from './Byline';

const author = { name: 'Jonah Pike', credentials: 'LCSW', url: '/team/jonah-pike' };
const reviewer = { name: 'Dr. Mara Quell', credentials: 'MD', url: 'https://example.org/mara' };

const typical: BylineProps = {
  author,
  reviewer,
  published: '2026-03-04',
  reviewed: '2026-03-18',
  readMinutes: 6,
};

afterEach(() => vi.restoreAllMocks());

function silenceWarnings() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

function jsonLdScripts(container: HTMLElement) {
  return [...container.querySelectorAll('script[type="application/ld+json"]')];
}

describe('Byline', () => {
  it('shows the author and reviewer with credentials and labelled profile links', () => {
    const { container } = render(<Byline {...typical} />);
    const authorLink = screen.getByRole('link', { name: "Jonah Pike's profile" });
    expect(authorLink.getAttribute('href')).toBe('/team/jonah-pike');
    expect(authorLink.textContent).toBe('Jonah Pike');
    const reviewerLink = screen.getByRole('link', { name: "Dr. Mara Quell's profile" });
    expect(reviewerLink.getAttribute('href')).toBe('https://example.org/mara');
    expect(container.querySelector('[part="author"]')?.textContent).toBe(
      'Written by Jonah Pike, LCSW',
    );
    expect(container.querySelector('[part="reviewer"]')?.textContent).toBe(
      'Medically reviewed by Dr. Mara Quell, MD',
    );
  });

  it('renders dates as <time dateTime> in the locale format, and the read time', () => {
    const { container } = render(<Byline {...typical} />);
    const times = [...container.querySelectorAll('time')];
    expect(times.map((time) => time.getAttribute('datetime'))).toEqual([
      '2026-03-04',
      '2026-03-18',
    ]);
    expect(times.map((time) => time.textContent)).toEqual(['March 4, 2026', 'March 18, 2026']);
    expect(container.querySelector('[part="published"]')?.textContent).toBe(
      'Published March 4, 2026',
    );
    expect(container.querySelector('[part="reviewed"]')?.textContent).toBe(
      'Reviewed March 18, 2026',
    );
    expect(screen.getByText('6 minute read')).toBeTruthy();
  });

  it('uses singular read time for one minute', () => {
    render(<Byline author={author} readMinutes={1} />);
    expect(screen.getByText('1 minute read')).toBeTruthy();
  });

  it('speaks Spanish, from the prop or the provider, with Spanish dates', () => {
    const { container, rerender } = render(<Byline {...typical} locale="es" />);
    expect(container.querySelector('[part="author"]')?.textContent).toBe(
      'Escrito por Jonah Pike, LCSW',
    );
    expect(container.querySelector('[part="reviewer"]')?.textContent).toContain(
      'Revisión médica de',
    );
    expect(container.querySelector('[part="published"]')?.textContent).toBe(
      'Publicado 4 de marzo de 2026',
    );
    expect(screen.getByText('6 minutos de lectura')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Perfil de Jonah Pike' })).toBeTruthy();
    rerender(
      <ClinicLocaleProvider locale="es-MX">
        <Byline {...typical} />
      </ClinicLocaleProvider>,
    );
    expect(container.querySelector('[part="reviewed"]')?.textContent).toBe(
      'Revisado 18 de marzo de 2026',
    );
  });

  it('writes English dates on a page in a language without strings, and regional ones in English', () => {
    const { container, rerender } = render(<Byline {...typical} locale="de-DE" />);
    expect(container.querySelector('[part="published"]')?.textContent).toBe(
      'Published March 4, 2026',
    );
    rerender(<Byline {...typical} locale="en-GB" />);
    expect(container.querySelector('[part="published"]')?.textContent).toBe(
      'Published 4 March 2026',
    );
  });

  it('takes label overrides', () => {
    const { container } = render(
      <Byline
        {...typical}
        writtenByLabel="By"
        reviewedByLabel="Checked by"
        publishedLabel="Posted"
        reviewedLabel="Checked"
        readTimeLabel={(minutes) => `${minutes} min`}
        profileLabel={(name) => `About ${name}`}
      />,
    );
    expect(container.querySelector('[part="author"]')?.textContent).toBe('By Jonah Pike, LCSW');
    expect(container.querySelector('[part="reviewer"]')?.textContent).toBe(
      'Checked by Dr. Mara Quell, MD',
    );
    expect(container.querySelector('[part="published"]')?.textContent).toBe('Posted March 4, 2026');
    expect(container.querySelector('[part="reviewed"]')?.textContent).toBe(
      'Checked March 18, 2026',
    );
    expect(screen.getByText('6 min')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'About Jonah Pike' })).toBeTruthy();
  });

  it('shows only the author when nothing optional is given', () => {
    const { container } = render(<Byline author={{ name: 'Jonah Pike' }} />);
    expect(container.textContent).toBe('Written by Jonah Pike');
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('time')).toBeNull();
    expect(container.querySelector('[part="meta"]')).toBeNull();
    expect(jsonLdScripts(container)).toHaveLength(0);
  });

  it('drops invalid dates with a warning naming Byline and the prop', () => {
    const warn = silenceWarnings();
    const { container } = render(
      <Byline author={author} published="2026-02-30" reviewed="18/03/2026" readMinutes={4} />,
    );
    expect(container.querySelector('time')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Byline: published "2026-02-30"'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Byline: reviewed "18/03/2026"'));
    expect(screen.getByText('4 minute read')).toBeTruthy();
  });

  it.each([0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'drops readMinutes %s with a warning',
    (minutes) => {
      const warn = silenceWarnings();
      const { container } = render(<Byline author={author} readMinutes={minutes} />);
      expect(container.querySelector('[part="read-time"]')).toBeNull();
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining(`Byline: readMinutes "${String(minutes)}"`),
      );
    },
  );

  it.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    '  JAVASCRIPT:alert(1)',
    'java\tscript:x',
  ])('shows the name as plain text when the profile URL is unsafe (%j)', (url) => {
    const warn = silenceWarnings();
    const { container } = render(<Byline author={{ name: 'Jonah Pike', url }} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('[href]')).toBeNull();
    expect(screen.getByText('Jonah Pike')).toBeTruthy();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Byline: author.url'));
  });

  it('renders a safe avatar without layout shift, lazily, decorative by default', () => {
    const { container } = render(
      <Byline
        author={{ ...author, avatarUrl: 'https://cdn.example.org/jonah.jpg' }}
        reviewer={{ ...reviewer, avatarUrl: '/img/mara.png', avatarAlt: 'Mara Quell smiling' }}
      />,
    );
    const [first, second] = [...container.querySelectorAll('img')];
    expect(first?.getAttribute('src')).toBe('https://cdn.example.org/jonah.jpg');
    expect(first?.getAttribute('alt')).toBe('');
    expect(first?.getAttribute('width')).toBe('40');
    expect(first?.getAttribute('height')).toBe('40');
    expect(first?.getAttribute('loading')).toBe('lazy');
    expect(first?.getAttribute('decoding')).toBe('async');
    expect(second?.getAttribute('alt')).toBe('Mara Quell smiling');
  });

  it.each([
    'data:image/png;base64,iVBORw0KGgo=',
    'javascript:alert(1)',
    'mailto:someone@example.org',
    'tel:+15550100',
  ])('drops an avatar URL that is not http(s) or relative (%s)', (avatarUrl) => {
    const warn = silenceWarnings();
    const { container } = render(<Byline author={{ name: 'Jonah Pike', avatarUrl }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('Jonah Pike')).toBeTruthy();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Byline: author.avatarUrl'));
  });

  it('emits MedicalWebPage JSON-LD with author, reviewer and dates', () => {
    const { container } = render(
      <Byline {...typical} structuredData headline="Therapy or medication?" />,
    );
    const scripts = jsonLdScripts(container);
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!.textContent ?? '')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      headline: 'Therapy or medication?',
      author: {
        '@type': 'Person',
        name: 'Jonah Pike',
        url: '/team/jonah-pike',
        honorificSuffix: 'LCSW',
      },
      reviewedBy: {
        '@type': 'Person',
        name: 'Dr. Mara Quell',
        url: 'https://example.org/mara',
        honorificSuffix: 'MD',
      },
      datePublished: '2026-03-04',
      lastReviewed: '2026-03-18',
    });
  });

  it('escapes the JSON-LD so a name cannot close the script element', () => {
    const name = '</script><script>alert(1)</script>';
    const { container } = render(<Byline author={{ name }} structuredData />);
    const scripts = container.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.textContent ?? '') as { author: { name: string } };
    expect(data.author.name).toBe(name);
    // Also server-side: the HTML a crawler receives holds exactly one script element.
    const html = renderToString(<Byline author={{ name }} structuredData />);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('</script><script>');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(parsed.querySelectorAll('script')).toHaveLength(1);
    expect(
      (
        JSON.parse(parsed.querySelector('script')!.textContent ?? '') as {
          author: { name: string };
        }
      ).author.name,
    ).toBe(name);
  });
});

describe('buildMedicalWebPageJsonLd', () => {
  it('keeps only valid parts', () => {
    expect(
      buildMedicalWebPageJsonLd({
        author: { name: 'Jonah Pike', url: 'javascript:alert(1)', credentials: '  ' },
        reviewer: { name: '   ' },
        published: '2026-02-30',
        reviewed: '2026-03-18',
        pageUrl: 'data:text/html,x',
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      author: { '@type': 'Person', name: 'Jonah Pike' },
      lastReviewed: '2026-03-18',
    });
  });

  it('adds the page url when it is http(s)', () => {
    expect(
      buildMedicalWebPageJsonLd({
        author: { name: 'Jonah Pike' },
        pageUrl: 'https://harborlight.example/articles/sleep',
      }),
    ).toMatchObject({ url: 'https://harborlight.example/articles/sleep' });
  });
});
