import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClinicLocaleProvider } from '../internal/locale/LocaleContext';
import { KeyTakeaways } from './KeyTakeaways';

const points = [
  'Therapy and medication both help.',
  'Together they often help more.',
  'Ask your clinician.',
];

afterEach(() => vi.restoreAllMocks());

describe('KeyTakeaways', () => {
  it('is a region labelled by its heading, with one list item per point', () => {
    render(<KeyTakeaways points={points} />);
    const region = screen.getByRole('region', { name: 'Key takeaways' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Key takeaways' })).toBeTruthy();
    const items = within(region)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(points);
  });

  it('takes a heading, heading level and ordered list', () => {
    render(<KeyTakeaways points={points} heading="In short" headingLevel={3} ordered />);
    expect(screen.getByRole('heading', { level: 3, name: 'In short' })).toBeTruthy();
    expect(screen.getByRole('list').tagName).toBe('OL');
  });

  it('keeps inline markup inside points', () => {
    render(
      <KeyTakeaways
        points={[
          <>
            See <a href="/care">our care guide</a>, <em>today</em>.
          </>,
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'our care guide' }).getAttribute('href')).toBe('/care');
    expect(screen.getByText('today').tagName).toBe('EM');
  });

  it('uses the locale prop, then the provider, and falls back to English', () => {
    const { rerender } = render(<KeyTakeaways points={points} locale="es" />);
    expect(screen.getByRole('heading', { name: 'Puntos clave' })).toBeTruthy();
    rerender(
      <ClinicLocaleProvider locale="es-MX">
        <KeyTakeaways points={points} />
      </ClinicLocaleProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Puntos clave' })).toBeTruthy();
    rerender(<KeyTakeaways points={points} locale="xx" />);
    expect(screen.getByRole('heading', { name: 'Key takeaways' })).toBeTruthy();
  });

  it('warns, naming the component, when there are no points', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<KeyTakeaways points={[]} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('KeyTakeaways: points is empty'));
  });
});
