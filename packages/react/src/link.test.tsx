import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BookingCta, Byline, QuizCta, type ClinicLinkProps } from './index';

afterEach(() => vi.restoreAllMocks());

// An app's router link, as Next.js's and React Router's are: a component rendering an `<a>`.
const rendered: string[] = [];
function RouterLink({ href, children, ...props }: ClinicLinkProps) {
  rendered.push(href);
  return (
    <a href={href} data-router-link="" {...props}>
      {children}
    </a>
  );
}

describe('linkComponent', () => {
  afterEach(() => void (rendered.length = 0));

  it('renders the quiz link through the app link, keeping its class, text and click callback', async () => {
    const onCtaClick = vi.fn((_detail: unknown) => {});
    render(
      <QuizCta
        href="/quiz/adhd"
        condition="ADHD"
        linkComponent={RouterLink}
        onCtaClick={onCtaClick}
      />,
    );
    const link = screen.getByRole('link', { name: 'Take the quiz' });
    expect(link.dataset.routerLink).toBe('');
    expect(link.getAttribute('href')).toBe('/quiz/adhd');
    expect(link.getAttribute('part')).toBe('action');
    expect(link.className).not.toBe('');
    link.addEventListener('click', (event) => event.preventDefault());
    await userEvent.click(link);
    expect(onCtaClick).toHaveBeenCalledWith({ condition: 'ADHD', href: '/quiz/adhd' });
  });

  it('renders the booking button through it; the phone stays a plain tel: link', () => {
    render(<BookingCta href="/book" phone="+1 555 0100" linkComponent={RouterLink} />);
    expect(
      screen.getByRole('link', { name: 'Book an appointment' }).dataset.routerLink,
    ).toBeDefined();
    const phone = screen.getByRole('link', { name: /555 0100/ });
    expect(phone.getAttribute('href')).toBe('tel:+15550100');
    expect(phone.dataset.routerLink).toBeUndefined();
  });

  it('renders the byline profile links through it, with their accessible names', () => {
    render(
      <Byline
        author={{ name: 'Mara Quell', url: '/team/mara-quell' }}
        reviewer={{ name: 'Jonah Pike', url: '/team/jonah-pike' }}
        linkComponent={RouterLink}
      />,
    );
    expect(rendered).toEqual(['/team/mara-quell', '/team/jonah-pike']);
    const author = screen.getByRole('link', { name: /Mara Quell/ });
    expect(author.dataset.routerLink).toBe('');
  });

  it('never hands an unsafe URL to the app link', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <>
        <QuizCta href="javascript:alert(1)" linkComponent={RouterLink} />
        <BookingCta href="data:text/html,hi" linkComponent={RouterLink} />
        <Byline
          author={{ name: 'Mara Quell', url: 'javascript:alert(1)' }}
          linkComponent={RouterLink}
        />
      </>,
    );
    expect(rendered).toEqual([]);
    expect(screen.queryAllByRole('link')).toEqual([]);
  });
});
