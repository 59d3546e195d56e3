import '@clinic-ui/tokens/styles.css';
import { expectNoAxeViolations } from '@clinic-ui/testing/axe';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { Accordion, type AccordionItemData } from './Accordion';

const items: AccordionItemData[] = [
  {
    value: 'first-visit',
    trigger: 'What happens at a first visit?',
    content: (
      <p>
        You meet your clinician for about an hour. See{' '}
        <a href="/first-visit">what to bring to your first visit</a>.
      </p>
    ),
  },
  {
    value: 'cost',
    trigger: 'How much does a session cost?',
    content: <p>Most plans cover sessions; we check your coverage before you book.</p>,
  },
  {
    value: 'telehealth',
    trigger: 'Can I meet online?',
    content: <p>Yes: every clinician offers secure video sessions.</p>,
  },
];

function trigger(name: string): HTMLElement {
  return screen.getByRole('button', { name });
}

const [first, second, third] = [
  'What happens at a first visit?',
  'How much does a session cost?',
  'Can I meet online?',
];

describe('Accordion in a real browser', () => {
  it('reaches the first trigger with Tab and toggles it with Enter and Space', async () => {
    render(<Accordion items={items} />);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(trigger(first));
    await userEvent.keyboard('{Enter}');
    expect(trigger(first).getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard(' ');
    expect(trigger(first).getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard(' ');
    expect(trigger(first).getAttribute('aria-expanded')).toBe('true');
  });

  it('moves focus between triggers with ArrowDown, ArrowUp, Home and End', async () => {
    render(<Accordion items={items} />);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(trigger(second));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(trigger(third));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(trigger(first));
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(trigger(third));
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(trigger(first));
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(trigger(third));
  });

  it('Tab from an open trigger goes into its panel, then on to the next trigger', async () => {
    render(<Accordion items={items} defaultValue="first-visit" />);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(
      screen.getByRole('link', { name: 'what to bring to your first visit' }),
    );
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(trigger(second));
  });

  it('hides a closed panel and shows an open one', async () => {
    render(<Accordion items={items} />);
    const text = 'Most plans cover sessions; we check your coverage before you book.';
    // Closed: the content is in the page (so the HTML holds it) but not displayed, and so out of
    // the accessibility tree.
    const content = screen.getByText(text);
    const panel = content.closest<HTMLElement>('[part="panel"]')!;
    expect(panel.dataset.state).toBe('closed');
    expect(panel.getBoundingClientRect().height).toBe(0);
    expect(content.checkVisibility()).toBe(false);
    expect(screen.queryAllByRole('region')).toHaveLength(0);
    // Closed content is skipped by the browser (and its accessibility tree); Testing Library's role
    // queries do not know `hidden="until-found"`, so check what the browser renders.
    expect(screen.queryAllByRole('link').filter((link) => link.checkVisibility())).toEqual([]);

    await userEvent.click(trigger(second));
    // The same element, shown: a region named by its trigger, the only one in the tree.
    expect(screen.getByRole('region', { name: second })).toBe(panel);
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(panel.dataset.state).toBe('open');
    await expect.poll(() => panel.getBoundingClientRect().height).toBeGreaterThan(20);
    expect(content.checkVisibility()).toBe(true);

    // Closing hides it at once (there is no close animation) and keeps it in the page.
    await userEvent.click(trigger(second));
    expect(panel.dataset.state).toBe('closed');
    expect(content.isConnected).toBe(true);
    expect(panel.getBoundingClientRect().height).toBe(0);
    expect(content.checkVisibility()).toBe(false);
    expect(screen.queryByRole('region', { name: second })).toBeNull();
    expect(screen.queryAllByRole('region')).toHaveLength(0);
  });

  it('Tab skips the links of a closed panel', async () => {
    render(<Accordion items={items} />);
    const link = screen.getByText('what to bring to your first visit');
    expect(link.checkVisibility()).toBe(false);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(trigger(first));
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(trigger(second));
  });

  it('draws a visible focus ring in the focus colour on keyboard focus', async () => {
    render(<Accordion items={items} />);
    await userEvent.keyboard('{Tab}');
    const button = trigger(first);
    expect(button.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).not.toBe('none');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    const probe = document.createElement('span');
    probe.style.color = 'var(--clinic-color-focus-ring)';
    document.body.append(probe);
    expect(style.outlineColor).toBe(getComputedStyle(probe).color);
    probe.remove();
  });

  it('gives full-width triggers at least 44px tall and turns the chevron when open', async () => {
    const { container } = render(
      <div style={{ inlineSize: '480px' }}>
        <Accordion items={items} />
      </div>,
    );
    const button = trigger(first);
    const root = container.querySelector<HTMLElement>('[part="root"]')!;
    expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    expect(button.getBoundingClientRect().width).toBeCloseTo(root.clientWidth, 0);

    const indicator = button.querySelector<HTMLElement>('[part="indicator"]')!;
    const closed = getComputedStyle(indicator).transform;
    await userEvent.click(button);
    await expect
      .poll(() => getComputedStyle(indicator).transform, { timeout: 5000 })
      .not.toBe(closed);
  });

  it('animates the panel and chevron only when the reader has not asked for reduced motion', async () => {
    const setMotion = (value: 'reduce' | 'no-preference') =>
      cdp().send('Emulation.setEmulatedMedia', {
        features: [{ name: 'prefers-reduced-motion', value }],
      });
    try {
      await setMotion('reduce');
      render(<Accordion items={items} type="multiple" />);
      await userEvent.click(trigger(first));
      const panel = screen.getByRole('region', { name: first });
      const indicator = trigger(first).querySelector<HTMLElement>('[part="indicator"]')!;
      expect(getComputedStyle(panel).animationName).toBe('none');
      expect(getComputedStyle(indicator).transitionDuration).toBe('0s');
      expect(document.getAnimations()).toEqual([]);
      // Closing moves nothing either.
      await userEvent.click(trigger(first));
      expect(trigger(first).getAttribute('aria-expanded')).toBe('false');
      expect(getComputedStyle(indicator).transitionDuration).toBe('0s');
      expect(document.getAnimations()).toEqual([]);

      await setMotion('no-preference');
      await userEvent.click(trigger(second));
      const animated = screen.getByRole('region', { name: second });
      expect(getComputedStyle(animated).animationName).not.toBe('none');
      expect(getComputedStyle(indicator).transitionDuration).not.toBe('0s');
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('has no axe-core violations, closed and open', async () => {
    const { container } = render(
      <main>
        <Accordion items={items} type="multiple" />
      </main>,
    );
    await expectNoAxeViolations(container);
    await userEvent.click(trigger(first));
    await userEvent.click(trigger(third));
    await expect
      .poll(() => screen.getByRole('region', { name: third }).getBoundingClientRect().height)
      .toBeGreaterThan(20);
    await expectNoAxeViolations(container);
  });
});

describe('find in page', () => {
  const panelOf = (name: string) =>
    trigger(name).closest('[part="item"]')!.querySelector<HTMLElement>('[part="panel"]')!;

  it('keeps closed answers findable: hidden="until-found", out of view until found', () => {
    render(<Accordion items={items} defaultValue="first-visit" />);
    expect(panelOf(second).getAttribute('hidden')).toBe('until-found');
    expect(screen.getByText(/we check your coverage/).checkVisibility()).toBe(false);
    expect(panelOf(first).hasAttribute('hidden')).toBe(false);
  });

  it("opens the item through the accordion's own state on the browser's beforematch", async () => {
    render(<Accordion items={items} defaultValue="first-visit" />);
    expect(trigger(second).getAttribute('aria-expanded')).toBe('false');
    // What find-in-page (or a link to a text fragment) does before revealing a match.
    panelOf(second).dispatchEvent(new Event('beforematch'));
    await expect.poll(() => trigger(second).getAttribute('aria-expanded')).toBe('true');
    expect(panelOf(second).hasAttribute('hidden')).toBe(false);
    expect(screen.getByText(/we check your coverage/).checkVisibility()).toBe(true);
    // Single mode: the item that was open has closed, as a click would have done.
    expect(trigger(first).getAttribute('aria-expanded')).toBe('false');
    expect(panelOf(first).getAttribute('hidden')).toBe('until-found');
  });
});
