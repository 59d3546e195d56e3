import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClinicLocaleProvider } from '../internal/locale/LocaleContext';
import { BookingCta } from './BookingCta';

afterEach(() => vi.restoreAllMocks());

describe('BookingCta', () => {
  it('shows the heading and one primary link', () => {
    render(<BookingCta href="/book" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Book an appointment' })).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('/book');
    expect(links[0]?.textContent).toBe('Book an appointment');
  });

  it('shows the accepting status as text with a non-colour indicator', () => {
    const { container, rerender } = render(<BookingCta href="/book" accepting />);
    const status = container.querySelector('[part="status"]');
    expect(status?.textContent).toBe('Now accepting new patients');
    const icon = status?.querySelector('svg');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
    rerender(<BookingCta href="/book" />);
    expect(screen.queryByText('Now accepting new patients')).toBeNull();
  });

  it('lists the locations under an accessible label', () => {
    render(<BookingCta href="/book" locations={['Fernhollow Eastside', ' ', 'Online visits']} />);
    const list = screen.getByRole('list', { name: 'Locations' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Fernhollow Eastside', 'Online visits']);
  });

  it('has no locations list when there are none', () => {
    render(<BookingCta href="/book" locations={[]} />);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it.each([
    ['(555) 010-0199', 'tel:5550100199'],
    ['+1 555.010.0199', 'tel:+15550100199'],
    [' +44 (0)20 7946 0000 ', 'tel:+4402079460000'],
  ])('shows phone %j as a tel: link to %s', (phone, href) => {
    render(<BookingCta href="/book" phone={phone} />);
    const link = screen.getByRole('link', { name: `Or call ${phone.trim()}` });
    expect(link.getAttribute('href')).toBe(href);
  });

  it.each(['555-0100 ext. 2', 'call us', 'javascript:alert(1)', '+-()', '555;0100'])(
    'drops phone %j with a warning',
    (phone) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(<BookingCta href="/book" phone={phone} />);
      expect(container.querySelector('a[href^="tel:"]')).toBeNull();
      expect(screen.getAllByRole('link')).toHaveLength(1);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`BookingCta: phone "${phone}"`));
    },
  );

  it('speaks Spanish from the prop or the provider', () => {
    const { rerender } = render(
      <BookingCta href="/cita" accepting locations={['Centro']} phone="555 010 0199" locale="es" />,
    );
    expect(screen.getByRole('heading', { name: 'Pide una cita' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Pedir una cita' })).toBeTruthy();
    expect(screen.getByText('Aceptamos nuevos pacientes')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Centros' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'O llama al 555 010 0199' })).toBeTruthy();
    rerender(
      <ClinicLocaleProvider locale="es-MX">
        <BookingCta href="/cita" />
      </ClinicLocaleProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Pide una cita' })).toBeTruthy();
  });

  it('takes heading, label, level, text and string overrides', () => {
    render(
      <BookingCta
        href="/book"
        heading="Start care this week"
        label="See open times"
        headingLevel={4}
        accepting
        acceptingLabel="Openings this month"
        locations={['Eastside']}
        locationsLabel="Where"
        phone="555 0100"
        callLabel={(phone) => `Phone ${phone}`}
      >
        Most new patients are seen within five days.
      </BookingCta>,
    );
    expect(screen.getByRole('heading', { level: 4, name: 'Start care this week' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See open times' })).toBeTruthy();
    expect(screen.getByText('Openings this month')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Where' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Phone 555 0100' })).toBeTruthy();
    expect(screen.getByText('Most new patients are seen within five days.')).toBeTruthy();
  });

  it('calls onCtaClick with only the href, without stopping navigation', async () => {
    const onCtaClick = vi.fn();
    let defaultPrevented: boolean | undefined;
    const { container } = render(
      <BookingCta
        href="https://harborlight.example/book"
        phone="555 0100"
        onCtaClick={onCtaClick}
      />,
    );
    container.addEventListener('click', (event) => {
      defaultPrevented = event.defaultPrevented;
      event.preventDefault();
    });
    await userEvent.click(screen.getByRole('link', { name: 'Book an appointment' }));
    expect(onCtaClick).toHaveBeenCalledTimes(1);
    expect(onCtaClick.mock.calls[0]?.[0]).toStrictEqual({
      href: 'https://harborlight.example/book',
    });
    expect(defaultPrevented).toBe(false);
    await userEvent.click(screen.getByRole('link', { name: 'Or call 555 0100' }));
    expect(onCtaClick).toHaveBeenCalledTimes(1);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    '  JAVASCRIPT:alert(1)',
    'java\tscript:x',
  ])('never renders %j as an href; the rest of the card stays', (href) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <BookingCta href={href} accepting locations={['Eastside']} phone="555 0100" />,
    );
    expect([...container.querySelectorAll('[href]')].map((a) => a.getAttribute('href'))).toEqual([
      'tel:5550100',
    ]);
    expect(screen.getByRole('heading', { name: 'Book an appointment' })).toBeTruthy();
    expect(screen.getByText('Now accepting new patients')).toBeTruthy();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('BookingCta: href'));
    expect(renderToString(<BookingCta href={href} />)).not.toMatch(/href=/i);
  });
});
