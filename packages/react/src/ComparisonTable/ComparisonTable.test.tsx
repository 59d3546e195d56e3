import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClinicLocaleProvider } from '../internal/locale/LocaleContext';
import { ComparisonTable, type ComparisonTableProps } from './ComparisonTable';
import {
  sampleCaption as caption,
  sampleCriteria as criteria,
  sampleCriterion,
  sampleOptions as options,
} from './ComparisonTable.fixtures';

const optionLabels = options.map((option) => option.label);
const criterionLabels = criteria.map((criterion) => criterion.label);
/** Each row's values, in column order. */
const rows = criteria.map((criterion) => options.map((option) => criterion.values[option.id]));
/** Every criterion's value for one option, in row order. */
const columnValues = (optionId: string) => criteria.map((criterion) => criterion.values[optionId]);

function renderTable(props: Partial<ComparisonTableProps> = {}) {
  return render(
    <ComparisonTable caption={caption} options={options} criteria={criteria} {...props} />,
  );
}

function wideTable() {
  return screen.getByRole('table', { name: caption });
}

afterEach(() => vi.restoreAllMocks());

describe('ComparisonTable, wide layout (table)', () => {
  it('is a table named by its caption', () => {
    renderTable();
    const table = wideTable();
    const captionElement = table.querySelector('caption');
    expect(captionElement?.textContent).toBe(caption);
    expect(table.firstElementChild).toBe(captionElement);
  });

  it('has a header row of column headers: the criterion header, then each option', () => {
    renderTable();
    const headers = within(wideTable()).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Criterion', ...optionLabels]);
    for (const header of headers) {
      expect(header.tagName).toBe('TH');
      expect(header.getAttribute('scope')).toBe('col');
    }
  });

  it('has one row per criterion: a row header then one cell per option, in column order', () => {
    renderTable();
    const table = wideTable();
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((header) => header.textContent)).toEqual(criterionLabels);
    for (const header of rowHeaders) expect(header.getAttribute('scope')).toBe('row');

    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(criteria.length);
    const cellsOf = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(bodyRows.map(cellsOf)).toEqual(rows);
  });

  it('marks the highlighted option with a text badge in its header and in every cell', () => {
    renderTable({ highlight: 'combined' });
    const table = wideTable();
    const header = within(table).getByRole('columnheader', { name: 'Combined care Recommended' });
    expect(header.hasAttribute('data-highlight')).toBe(true);
    expect(within(header).getByText('Recommended')).toBeTruthy();
    // Only that column: one header and one cell per row.
    expect(table.querySelectorAll('th[data-highlight]')).toHaveLength(1);
    const marked = [...table.querySelectorAll('td[data-highlight]')].map(
      (cell) => cell.textContent,
    );
    expect(marked).toEqual(columnValues('combined'));
    // The badge appears once in the table (not in other headers).
    expect(within(table).getAllByText('Recommended')).toHaveLength(1);
  });

  it('shows no badge and marks nothing without a highlight', () => {
    renderTable();
    expect(screen.queryByText('Recommended')).toBeNull();
    expect(wideTable().querySelectorAll('[data-highlight]')).toHaveLength(0);
  });

  it('takes a badge label and a criterion header', () => {
    renderTable({ highlight: 'therapy', highlightLabel: 'Our pick', criterionHeader: 'Compare' });
    const table = wideTable();
    expect(
      within(table).getByRole('columnheader', { name: 'Psychotherapy Our pick' }),
    ).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: 'Compare' })).toBeTruthy();
    expect(screen.queryByText('Recommended')).toBeNull();
  });

  it('keeps inline markup inside labels and values', () => {
    renderTable({
      criteria: [
        {
          id: 'more',
          label: <em>Learn more</em>,
          values: {
            medication: <a href="/medication">Medication guide</a>,
            therapy: 'Ask us',
            combined: 'Ask us',
          },
        },
      ],
    });
    const table = wideTable();
    expect(within(table).getByRole('link', { name: 'Medication guide' }).getAttribute('href')).toBe(
      '/medication',
    );
    expect(within(table).getByText('Learn more').tagName).toBe('EM');
  });
});

describe('ComparisonTable, narrow layout (accordion)', () => {
  it('has one accordion item per option, as headings at the given level', () => {
    renderTable({ headingLevel: 4 });
    const triggers = screen.getAllByRole('button');
    expect(triggers.map((trigger) => trigger.textContent)).toEqual(optionLabels);
    const headings = screen.getAllByRole('heading', { level: 4 });
    expect(headings).toHaveLength(options.length);
    expect(headings.every((heading, index) => heading.contains(triggers[index]!))).toBe(true);
  });

  it('defaults to heading level 3', () => {
    renderTable();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(options.length);
  });

  it('is a figure captioned like the table', () => {
    renderTable();
    const figure = screen.getByRole('figure', { name: caption });
    expect(within(figure).getAllByRole('button')).toHaveLength(options.length);
  });

  it('opens the highlighted option, whose badge is in the trigger, listing every criterion', () => {
    renderTable({ highlight: 'combined' });
    const trigger = screen.getByRole('button', { name: 'Combined care Recommended' });
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'Medication' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    const panel = document.getElementById(trigger.getAttribute('aria-controls')!)!;
    const terms = [...panel.querySelectorAll('dt')].map((term) => term.textContent);
    const definitions = [...panel.querySelectorAll('dd')].map((value) => value.textContent);
    expect(terms).toEqual(criterionLabels);
    expect(definitions).toEqual(columnValues('combined'));
  });

  it('opens several items at once', async () => {
    const user = userEvent.setup();
    renderTable({ highlight: 'combined' });
    await user.click(screen.getByRole('button', { name: 'Medication' }));
    expect(screen.getByRole('button', { name: 'Medication' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(
      screen
        .getByRole('button', { name: 'Combined care Recommended' })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    expect(
      screen.getByText(sampleCriterion('how').values.medication!, { selector: 'dd' }),
    ).toBeTruthy();
  });

  it('starts all closed without a highlight', () => {
    renderTable();
    for (const trigger of screen.getAllByRole('button'))
      expect(trigger.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('ComparisonTable, locale', () => {
  it('uses Spanish strings with locale es, from the prop or the provider', () => {
    const { rerender } = renderTable({ locale: 'es', highlight: 'therapy' });
    expect(within(wideTable()).getByRole('columnheader', { name: 'Criterio' })).toBeTruthy();
    expect(
      within(wideTable()).getByRole('columnheader', { name: 'Psychotherapy Recomendado' }),
    ).toBeTruthy();
    rerender(
      <ClinicLocaleProvider locale="es-MX">
        <ComparisonTable
          caption={caption}
          options={options}
          criteria={criteria}
          highlight="therapy"
        />
      </ClinicLocaleProvider>,
    );
    expect(within(wideTable()).getByRole('columnheader', { name: 'Criterio' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Psychotherapy Recomendado' })).toBeTruthy();
  });
});

describe('ComparisonTable, server rendering', () => {
  it('renders both layouts to a string', () => {
    const html = renderToString(
      <ComparisonTable
        caption={caption}
        options={options}
        criteria={criteria}
        highlight="combined"
      />,
    );
    expect(html).toContain('<table');
    expect(html).toContain('<caption');
    expect(html).toContain('scope="col"');
    expect(html).toContain('<figure');
    expect(html).toContain('aria-expanded="true"');
  });
});

describe('ComparisonTable, invalid data', () => {
  it('renders an empty cell, and warns naming the criterion and option, for a missing value', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderTable({
      criteria: [
        {
          id: 'side-effects',
          label: 'Side effects',
          values: { medication: 'Nausea', therapy: 'None' },
        },
      ],
      highlight: 'combined',
    });
    const row = within(wideTable()).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Nausea', 'None', '']);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/ComparisonTable: criterion "side-effects".*option "combined"/),
    );
    // The narrow layout shows the same empty value.
    const panel = document.getElementById(
      screen.getByRole('button', { name: /Combined care/ }).getAttribute('aria-controls')!,
    )!;
    expect(panel.querySelector('dd')?.textContent).toBe('');
  });

  it('warns and highlights nothing when highlight names no option', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderTable({ highlight: 'hypnosis' });
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('ComparisonTable: highlight "hypnosis" names no option'),
    );
    expect(screen.queryByText('Recommended')).toBeNull();
    expect(document.querySelectorAll('[data-highlight]')).toHaveLength(0);
    for (const trigger of screen.getAllByRole('button'))
      expect(trigger.getAttribute('aria-expanded')).toBe('false');
  });

  it('warns when there are no options', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderTable({ options: [] });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ComparisonTable: options is empty'));
    // Still a captioned table with its criteria.
    expect(within(wideTable()).getAllByRole('rowheader')).toHaveLength(criteria.length);
  });

  it('warns when there are no criteria', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderTable({ criteria: [] });
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('ComparisonTable: criteria is empty'),
    );
    expect(within(wideTable()).getAllByRole('columnheader')).toHaveLength(options.length + 1);
  });

  it('warns about duplicate option ids', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // React also complains about the repeated key.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderTable({
      options: [
        { id: 'same', label: 'One' },
        { id: 'same', label: 'Two' },
      ],
      criteria: [{ id: 'c', label: 'C', values: { same: 'x' } }],
    });
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('ComparisonTable: option id "same" is used more than once'),
    );
  });
});
