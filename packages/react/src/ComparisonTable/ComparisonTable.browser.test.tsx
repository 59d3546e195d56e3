import '@clinic-ui/tokens/styles.css';
import { expectNoAxeViolations } from '@clinic-ui/testing/axe';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  ComparisonTable,
  type ComparisonCriterion,
  type ComparisonOption,
  type ComparisonTableProps,
} from './ComparisonTable';
import {
  sampleCaption as caption,
  sampleCriteria as criteria,
  sampleCriterion,
  sampleOptions as options,
} from './ComparisonTable.fixtures';

// Cells the tests look up by their text.
const timeToBenefit = sampleCriterion('time');
const medicationTime = timeToBenefit.values.medication!;
const therapyTime = timeToBenefit.values.therapy!;
const combinedTime = timeToBenefit.values.combined!;

const longWord = 'Pharmacogenomicallyguidedselectiveserotoninreuptakeinhibitortitration';
const longCriteria: ComparisonCriterion[] = [
  ...criteria,
  {
    id: 'long',
    label: `Considerations ${longWord}`,
    values: {
      medication: `${longWord} ${longWord}`,
      therapy:
        'https://harborlight.example/guides/psychotherapy/cognitive-behavioural-therapy-overview',
      combined: `A long paragraph about combined care. `.repeat(8),
    },
  },
];

function Frame({
  width,
  theme,
  ...props
}: Partial<ComparisonTableProps> & { width: number; theme?: string }) {
  return (
    <div data-clinic-theme={theme} data-testid="frame" style={{ width: `${width}px` }}>
      <ComparisonTable caption={caption} options={options} criteria={criteria} {...props} />
    </div>
  );
}

function parts(container: HTMLElement) {
  const root = container.querySelector<HTMLElement>('[part="root"]')!;
  return {
    root,
    wide: root.querySelector<HTMLElement>('[part="wide"]')!,
    table: root.querySelector<HTMLElement>('table')!,
    narrow: root.querySelector<HTMLElement>('[part="narrow"]')!,
  };
}

const display = (element: Element) => getComputedStyle(element).display;

/** Describes every visible element of `root` that reaches past its right edge. */
function pastRightEdge(root: HTMLElement): string[] {
  const edge = root.getBoundingClientRect().right + 0.5;
  return [...root.querySelectorAll('*')]
    .filter((element) => element.checkVisibility() && element.getBoundingClientRect().right > edge)
    .map((element) => `<${element.tagName.toLowerCase()} part="${element.getAttribute('part')}">`);
}

const longOptions: ComparisonOption[] = [
  options[0]!,
  options[1]!,
  { id: 'combined', label: `Combined ${longWord}` },
];

afterEach(async () => {
  await page.viewport(414, 896);
});

describe('ComparisonTable in Chromium: layout by container width', () => {
  it('shows the table and hides the accordion in an 800px container', () => {
    const { container } = render(<Frame width={800} highlight="combined" />);
    const { wide, table, narrow } = parts(container);
    expect(display(wide)).toBe('block');
    expect(display(table)).toBe('table');
    expect(display(narrow)).toBe('none');
    // Out of the accessibility tree too.
    expect(screen.getByRole('table', { name: caption })).toBe(table);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('shows the accordion and hides the table in a 320px container', () => {
    const { container } = render(<Frame width={320} highlight="combined" />);
    const { wide, narrow } = parts(container);
    expect(display(wide)).toBe('none');
    expect(display(narrow)).toBe('block');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getAllByRole('button')).toHaveLength(options.length);
    expect(screen.getByRole('figure', { name: caption })).toBe(narrow);
  });

  it('follows the container, not the viewport', async () => {
    await page.viewport(1280, 800);
    const { container } = render(<Frame width={320} />);
    expect(display(parts(container).narrow)).toBe('block');
    expect(display(parts(container).wide)).toBe('none');

    await page.viewport(400, 800);
    const frame = screen.getByTestId('frame');
    frame.style.width = '800px';
    expect(display(parts(container).wide)).toBe('block');
    expect(display(parts(container).narrow)).toBe('none');
  });

  it('switches layout when the container is resized', () => {
    const { container } = render(<Frame width={800} />);
    const frame = screen.getByTestId('frame');
    const { wide, narrow } = parts(container);
    expect(display(wide)).toBe('block');

    frame.style.width = '320px';
    expect(display(wide)).toBe('none');
    expect(display(narrow)).toBe('block');

    // Just under and at the 40rem (640px) breakpoint.
    frame.style.width = '639px';
    expect(display(wide)).toBe('none');
    frame.style.width = '640px';
    expect(display(wide)).toBe('block');
    expect(display(narrow)).toBe('none');
  });
});

describe('ComparisonTable in Chromium: no horizontal overflow', () => {
  it('does not scroll sideways at 320px, with long content and every item open', async () => {
    const { container } = render(
      <Frame width={320} options={longOptions} criteria={longCriteria} highlight="combined" />,
    );
    for (const trigger of screen.getAllByRole('button'))
      if (trigger.getAttribute('aria-expanded') === 'false') await userEvent.click(trigger);
    const { root } = parts(container);
    const frame = screen.getByTestId('frame');
    // Closed panels stay in the DOM, hidden: wait until every value is shown, not merely present.
    const values = [...root.querySelectorAll('dd')];
    expect(values).toHaveLength(longOptions.length * longCriteria.length);
    await expect.poll(() => values.every((value) => value.checkVisibility())).toBe(true);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
    expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    // Nothing is pushed past the edge, where an ancestor's overflow: hidden would clip it.
    expect(pastRightEdge(root)).toEqual([]);
  });

  it('wraps long content inside the table columns at 640px', () => {
    const { container } = render(
      <Frame width={640} options={longOptions} criteria={longCriteria} highlight="combined" />,
    );
    const { root, table } = parts(container);
    expect(display(table)).toBe('table');
    expect(table.getBoundingClientRect().width).toBeLessThanOrEqual(640);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    expect(pastRightEdge(root)).toEqual([]);
  });
});

describe('ComparisonTable in Chromium: highlight', () => {
  it('shows the badge as visible text and marks the column beyond colour', () => {
    const { container } = render(<Frame width={800} highlight="combined" />);
    const table = parts(container).table;
    const header = within(table).getByRole('columnheader', { name: 'Combined care Recommended' });
    const badge = within(header).getByText('Recommended');
    expect(badge.checkVisibility()).toBe(true);
    expect(badge.getBoundingClientRect().width).toBeGreaterThan(0);
    expect(badge.getBoundingClientRect().height).toBeGreaterThan(0);

    const plain = within(table).getByRole('columnheader', { name: 'Medication' });
    const plainCell = within(table).getByRole('cell', { name: medicationTime });
    const markedCell = within(table).getByRole('cell', { name: combinedTime });
    expect(getComputedStyle(markedCell).backgroundColor).not.toBe(
      getComputedStyle(plainCell).backgroundColor,
    );
    expect(getComputedStyle(header).backgroundColor).not.toBe(
      getComputedStyle(plain).backgroundColor,
    );
    expect(parseFloat(getComputedStyle(markedCell).borderLeftWidth)).toBeGreaterThanOrEqual(3);
    expect(parseFloat(getComputedStyle(plainCell).borderLeftWidth)).toBeLessThan(3);
  });

  it('shows the badge as visible text in the open narrow item', () => {
    render(<Frame width={320} highlight="combined" />);
    const trigger = screen.getByRole('button', { name: 'Combined care Recommended' });
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    const badge = within(trigger).getByText('Recommended');
    expect(badge.checkVisibility()).toBe(true);
    expect(badge.getBoundingClientRect().width).toBeGreaterThan(0);
  });
});

describe('ComparisonTable in Chromium: keyboard in the narrow layout', () => {
  it('reaches a trigger with Tab and opens it with Enter, showing its criteria', async () => {
    const { container } = render(<Frame width={320} />);
    await userEvent.keyboard('{Tab}');
    const trigger = screen.getByRole('button', { name: 'Medication' });
    expect(document.activeElement).toBe(trigger);
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    // Closed: the criteria are in the page but hidden, and out of the accessibility tree.
    const value = screen.getByText(medicationTime, { selector: 'dd' });
    expect(value.checkVisibility()).toBe(false);
    const closedPanel = value.closest('[part="panel"]')!;
    expect([...closedPanel.querySelectorAll('dd')].filter((dd) => dd.checkVisibility())).toEqual(
      [],
    );

    await userEvent.keyboard('{Enter}');
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    const panel = container.querySelector<HTMLElement>(
      `#${CSS.escape(trigger.getAttribute('aria-controls')!)}`,
    )!;
    const term = within(panel).getByText(timeToBenefit.label);
    expect(within(panel).getByText(medicationTime)).toBe(value);
    expect(term.tagName).toBe('DT');
    expect(value.tagName).toBe('DD');
    expect(term.checkVisibility()).toBe(true);
    expect(value.checkVisibility()).toBe(true);
    await expect.poll(() => value.getBoundingClientRect().height).toBeGreaterThan(0);
    // Only the open option's criteria are shown (Testing Library's role queries do not know
    // hidden="until-found", so ask the browser what it renders).
    const shown = () => screen.getAllByRole('definition').filter((dd) => dd.checkVisibility());
    expect(shown()).toEqual(within(panel).getAllByRole('definition'));
    expect(shown()).toHaveLength(criteria.length);

    // Tab moves on to the next trigger, which Enter opens too.
    await userEvent.keyboard('{Tab}');
    const next = screen.getByRole('button', { name: 'Psychotherapy' });
    expect(document.activeElement).toBe(next);
    await userEvent.keyboard('{Enter}');
    expect(next.getAttribute('aria-expanded')).toBe('true');
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    const therapyValue = screen.getByText(therapyTime, { selector: 'dd' });
    await expect.poll(() => therapyValue.checkVisibility()).toBe(true);
    expect(value.checkVisibility()).toBe(true);
    expect(shown()).toHaveLength(2 * criteria.length);
  });
});

describe('ComparisonTable in Chromium: axe-core', () => {
  it('has no violations in the wide layout', async () => {
    const { container } = render(<Frame width={800} highlight="combined" />);
    await expectNoAxeViolations(container);
  });

  it('has no violations in the narrow layout', async () => {
    const { container } = render(
      <Frame width={320} highlight="combined" criteria={longCriteria} />,
    );
    await expectNoAxeViolations(container);
  });

  it('has no violations in the warm theme, in both layouts', async () => {
    const { container } = render(
      <>
        <Frame width={800} theme="warm" highlight="therapy" locale="es" />
        <Frame width={320} theme="warm" highlight="therapy" locale="es" />
      </>,
    );
    const [wideRoot, narrowRoot] = container.querySelectorAll<HTMLElement>(
      '[data-testid="frame"] > [part="root"]',
    );
    expect(display(wideRoot!.querySelector('table')!)).toBe('table');
    expect(display(narrowRoot!.querySelector('[part="narrow"]')!)).toBe('block');
    expect(
      within(narrowRoot!).getByRole('button', { name: 'Psychotherapy Recomendado' }),
    ).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});
