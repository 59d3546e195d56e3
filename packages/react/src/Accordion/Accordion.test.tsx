import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Accordion, type AccordionItemData } from './Accordion';

const items: AccordionItemData[] = [
  {
    value: 'medication',
    trigger: 'Medication',
    content: 'Prescribed and monitored by a psychiatric clinician.',
  },
  {
    value: 'therapy',
    trigger: 'Talk therapy',
    content: 'Weekly sessions with a licensed therapist.',
  },
  {
    value: 'combined',
    trigger: 'Combined care',
    content: 'Both, coordinated by one care team.',
  },
];

afterEach(() => vi.restoreAllMocks());

function trigger(name: string): HTMLElement {
  return screen.getByRole('button', { name });
}

function expanded(name: string): string | null {
  return trigger(name).getAttribute('aria-expanded');
}

/** The panel of the item whose trigger is `name`, open or closed: every panel stays mounted. */
function panelOf(name: string): HTMLElement {
  return trigger(name).closest('[part="item"]')!.querySelector<HTMLElement>('[part="panel"]')!;
}

/** `data-state` of each item's panel, in order. */
function panelStates(): (string | undefined)[] {
  return items.map((item) => panelOf(item.trigger as string).dataset.state);
}

// jsdom loads no stylesheet, so the `display: none` that hides a closed panel (and takes it out of
// the accessibility tree) does not apply here: these tests check the markup the stylesheet keys
// on (`data-state`, `aria-expanded`), and Accordion.browser.test.tsx checks real visibility.

describe('Accordion', () => {
  it('renders one heading per item, level 3 by default, each holding its trigger button', () => {
    render(<Accordion items={items} />);
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'Medication',
      'Talk therapy',
      'Combined care',
    ]);
    for (const heading of headings) {
      const button = within(heading).getByRole('button');
      expect(button.getAttribute('aria-expanded')).toBe('false');
    }
  });

  it('takes the heading level', () => {
    render(<Accordion items={items} headingLevel={5} />);
    expect(screen.getAllByRole('heading', { level: 5 })).toHaveLength(3);
    expect(screen.queryAllByRole('heading', { level: 3 })).toHaveLength(0);
  });

  it('opens a panel on click, showing its content in a region labelled by the trigger', async () => {
    const user = userEvent.setup();
    render(<Accordion items={items} />);
    const text = 'Weekly sessions with a licensed therapist.';
    // Closed: the content is in the DOM, in a panel marked closed.
    const panel = screen.getByText(text).closest<HTMLElement>('[part="panel"]')!;
    expect(panel).toBe(panelOf('Talk therapy'));
    expect(panel.dataset.state).toBe('closed');
    expect(expanded('Talk therapy')).toBe('false');

    await user.click(trigger('Talk therapy'));
    expect(expanded('Talk therapy')).toBe('true');
    const region = screen.getByRole('region', { name: 'Talk therapy' });
    // The same element, now marked open: shown, not mounted anew.
    expect(region).toBe(panel);
    expect(region.dataset.state).toBe('open');
    expect(region.textContent).toBe(text);
    expect(trigger('Talk therapy').getAttribute('aria-controls')).toBe(region.id);
  });

  it('in single mode (default) keeps one panel open and lets the open one close again', async () => {
    const user = userEvent.setup();
    render(<Accordion items={items} />);
    await user.click(trigger('Medication'));
    await user.click(trigger('Combined care'));
    expect(expanded('Medication')).toBe('false');
    expect(expanded('Combined care')).toBe('true');
    await user.click(trigger('Combined care'));
    expect(expanded('Combined care')).toBe('false');
    expect(trigger('Combined care').getAttribute('aria-disabled')).toBeNull();
  });

  it('in multiple mode keeps any number of panels open', async () => {
    const user = userEvent.setup();
    render(<Accordion items={items} type="multiple" />);
    await user.click(trigger('Medication'));
    await user.click(trigger('Talk therapy'));
    expect(expanded('Medication')).toBe('true');
    expect(expanded('Talk therapy')).toBe('true');
    expect(panelStates()).toEqual(['open', 'open', 'closed']);
    expect(screen.getByRole('region', { name: 'Medication' })).toBe(panelOf('Medication'));
    expect(screen.getByRole('region', { name: 'Talk therapy' })).toBe(panelOf('Talk therapy'));
    await user.click(trigger('Medication'));
    expect(expanded('Medication')).toBe('false');
    expect(expanded('Talk therapy')).toBe('true');
    expect(panelStates()).toEqual(['closed', 'open', 'closed']);
    // Every panel keeps its content in the DOM, open or closed.
    expect(items.map((item) => panelOf(item.trigger as string).textContent)).toEqual(
      items.map((item) => item.content),
    );
  });

  it('marks closed panels hidden, so they stay hidden even without the stylesheet', async () => {
    render(<Accordion items={items} defaultValue="medication" />);
    const hiddenStates = () => items.map((item) => panelOf(item.trigger as string).hidden);
    expect(hiddenStates()).toEqual([false, true, true]);
    await userEvent.click(screen.getByRole('button', { name: 'Talk therapy' }));
    expect(hiddenStates()).toEqual([true, false, true]);
    const server = document.createElement('div');
    server.innerHTML = renderToString(<Accordion items={items} defaultValue="medication" />);
    const serverPanels = [...server.querySelectorAll<HTMLElement>('[part="panel"]')];
    expect(serverPanels.map((panel) => panel.hidden)).toEqual([false, true, true]);
  });

  it('makes panels plain groups, not regions, when more than six can be open at once', () => {
    const many = Array.from({ length: 7 }, (_, index) => ({
      value: `q${index}`,
      trigger: `Question ${index + 1}`,
      content: `Answer ${index + 1}`,
    }));
    const { container } = render(
      <Accordion items={many} type="multiple" defaultValue={['q0', 'q6']} />,
    );
    expect(screen.queryAllByRole('region')).toHaveLength(0);
    const panel = container.querySelector('[part="panel"]')!;
    expect(panel.textContent).toBe('Answer 1');
    expect(panel.hasAttribute('aria-labelledby')).toBe(false);
    expect(screen.getByRole('button', { name: 'Question 1' }).getAttribute('aria-controls')).toBe(
      panel.id,
    );
  });

  it('opens the defaultValue items at first, as a string or an array in either mode', () => {
    const { unmount } = render(<Accordion items={items} defaultValue="therapy" />);
    expect(expanded('Talk therapy')).toBe('true');
    expect(screen.getByText('Weekly sessions with a licensed therapist.')).toBeTruthy();
    unmount();

    render(<Accordion items={items} type="multiple" defaultValue={['medication', 'combined']} />);
    expect(items.map((item) => expanded(item.trigger as string))).toEqual([
      'true',
      'false',
      'true',
    ]);
  });

  it('accepts a string defaultValue in multiple mode and an array in single mode (first value)', () => {
    const { unmount } = render(<Accordion items={items} type="multiple" defaultValue="combined" />);
    expect(expanded('Combined care')).toBe('true');
    unmount();
    render(<Accordion items={items} defaultValue={['therapy', 'combined']} />);
    expect(expanded('Talk therapy')).toBe('true');
    expect(expanded('Combined care')).toBe('false');
  });

  it('passes id and className to the root and exposes parts', () => {
    const { container } = render(
      <Accordion items={items} id="options" className="host-class" defaultValue="medication" />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.id).toBe('options');
    expect(root.classList.contains('host-class')).toBe(true);
    expect(root.getAttribute('part')).toBe('root');
    expect(container.querySelectorAll('[part="item"]')).toHaveLength(3);
    expect(container.querySelectorAll('[part="trigger"]')).toHaveLength(3);
    // Every panel is mounted, with its content; only the first is open.
    const panels = [...container.querySelectorAll<HTMLElement>('[part="panel"]')];
    expect(panels.map((panel) => panel.dataset.state)).toEqual(['open', 'closed', 'closed']);
    expect(panels.map((panel) => panel.textContent)).toEqual(items.map((item) => item.content));
    const indicator = container.querySelector('[part="indicator"]');
    expect(indicator?.getAttribute('aria-hidden')).toBe('true');
  });

  it('keeps inline markup in triggers and content', async () => {
    const user = userEvent.setup();
    render(
      <Accordion
        items={[
          {
            value: 'a',
            trigger: (
              <>
                Is it <em>safe</em>?
              </>
            ),
            content: (
              <p>
                Read <a href="/safety">our safety notes</a>.
              </p>
            ),
          },
        ]}
      />,
    );
    await user.click(trigger('Is it safe?'));
    expect(screen.getByText('safe').tagName).toBe('EM');
    expect(screen.getByRole('link', { name: 'our safety notes' }).getAttribute('href')).toBe(
      '/safety',
    );
  });

  it('renders on the server with the open panel in the HTML', () => {
    const html = renderToString(<Accordion items={items} defaultValue="medication" />);
    expect(html).toContain('<h3');
    expect(html).toContain('aria-expanded="true"');
    // Every answer is in the HTML (for crawlers), the closed ones in panels marked closed, which
    // the stylesheet hides.
    const template = document.createElement('template');
    template.innerHTML = html;
    const panels = [...template.content.querySelectorAll('[part="panel"]')];
    expect(panels.map((panel) => [panel.getAttribute('data-state'), panel.textContent])).toEqual([
      ['open', 'Prescribed and monitored by a psychiatric clinician.'],
      ['closed', 'Weekly sessions with a licensed therapist.'],
      ['closed', 'Both, coordinated by one care team.'],
    ]);
    const triggers = [...template.content.querySelectorAll('[part="trigger"]')];
    expect(triggers.map((button) => button.getAttribute('aria-expanded'))).toEqual([
      'true',
      'false',
      'false',
    ]);
  });

  it('warns, naming the component, about empty items and duplicate values', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // React also reports the duplicate key.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Accordion items={[]} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Accordion: items is empty'));
    render(<Accordion items={[items[0]!, { ...items[1]!, value: 'medication' }]} />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Accordion: items has more than one item with value "medication"'),
    );
  });

  it('follows a controlled value, reporting each change through onValueChange', async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    function Controlled() {
      const [open, setOpen] = useState<string[]>(['therapy']);
      return (
        <>
          <button type="button" onClick={() => setOpen(['combined'])}>
            Show combined care
          </button>
          <Accordion
            items={items}
            type="multiple"
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
    expect(panelStates()).toEqual(['closed', 'open', 'closed']);
    await user.click(trigger('Medication'));
    expect(changes).toEqual([['therapy', 'medication']]);
    expect(panelStates()).toEqual(['open', 'open', 'closed']);
    // The app changes the value: the accordion follows, and reports nothing it did not do.
    await user.click(screen.getByRole('button', { name: 'Show combined care' }));
    expect(panelStates()).toEqual(['closed', 'closed', 'open']);
    expect(changes).toHaveLength(1);
  });

  it('stays as the controlled value says when the app ignores a change', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Accordion items={items} value="therapy" onValueChange={onValueChange} />);
    await user.click(trigger('Medication'));
    expect(onValueChange).toHaveBeenCalledWith(['medication']);
    expect(expanded('Medication')).toBe('false');
    expect(expanded('Talk therapy')).toBe('true');
  });
});
