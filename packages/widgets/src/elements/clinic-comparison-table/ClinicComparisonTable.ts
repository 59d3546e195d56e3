import {
  ComparisonTable,
  type ComparisonCriterion,
  type ComparisonOption,
  type ComparisonTableProps,
} from '@clinic-ui/react';
import { createElement, type ReactNode } from 'react';
import { ClinicElement } from '../../base/ClinicElement';
import { textOf } from '../../base/lightDom';
import { ContentError } from '../../base/problems';

type TableData = Pick<
  ComparisonTableProps,
  'caption' | 'options' | 'criteria' | 'highlight' | 'criterionHeader'
>;

/**
 * Treatment options compared across criteria: a table on wide containers, an accordion (one item
 * per option) on narrow ones.
 *
 * @tagname clinic-comparison-table
 * @summary Comparison: options (columns) across criteria (rows), one optionally recommended.
 *
 * @attr {string} highlight-label - Overrides the recommended option's badge ("Recommended").
 * @attr {'2' | '3' | '4' | '5' | '6'} heading-level - The level of the block's heading, 2 to 6. Default: one below the nearest heading before the element in the page (2 if none).
 * @attr {'calm' | 'warm' | 'dark' | 'auto'} theme - A built-in theme; `auto` follows the reader's light or dark colour scheme (calm or dark). Default calm.
 *
 * @slot - One `<table>`: a `<caption>`, a header row (its first cell names the criteria column, then
 * one cell per option; the recommended one's cell
 * carries `data-highlight`), one body row per criterion (`<th>` criterion, then a `<td>` per option).
 * Or a `<script type="application/json">` with `{ caption, options: [{ id, label }], criteria:
 * [{ id, label, values: { [optionId]: text } }], highlight }`.
 *
 * @csspart block - The rendered block.
 * @csspart root - The comparison.
 * @csspart wide - The wide layout (a table), shown in containers 40em wide or more.
 * @csspart table - The wide layout's table.
 * @csspart caption - The caption, in both layouts.
 * @csspart criterion-header - The wide table's corner cell, naming the criteria column.
 * @csspart option-header - Each option's column header in the wide table.
 * @csspart option-header-highlighted - The recommended option's column header.
 * @csspart badge - The recommended option's badge, in both layouts.
 * @csspart row - Each criterion's row in the wide table.
 * @csspart criterion - Each criterion's row header in the wide table.
 * @csspart cell - Each value in the wide table.
 * @csspart cell-highlighted - Each value in the recommended option's column.
 * @csspart narrow - The narrow layout (one collapsible section per option), shown below 40em.
 * @csspart item - Each option's section in the narrow layout.
 * @csspart trigger - Each option's button in the narrow layout.
 * @csspart indicator - The chevron on each button in the narrow layout.
 * @csspart panel - Each option's values in the narrow layout.
 * @csspart details - The list of criteria and values in each panel.
 * @csspart term - Each criterion in a panel.
 * @csspart definition - Each value in a panel.
 */
export class ClinicComparisonTable extends ClinicElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'heading-level', 'highlight-label'];
  }

  protected renderBlock() {
    return {
      block: createElement(ComparisonTable, {
        ...this.#data(),
        highlightLabel: this.attribute('highlight-label'),
        headingLevel: this.headingLevel,
        locale: this.locale,
      }),
    };
  }

  #data(): TableData {
    const json = this.querySelector(':scope > script[type="application/json"]');
    const table = this.querySelector<HTMLTableElement>(':scope > table');
    if (json) {
      try {
        return parseJson(json.textContent ?? '');
      } catch (error) {
        const problem = `its JSON data is malformed (${(error as Error).message})`;
        if (!table) throw new ContentError(problem);
        this.problem(`${problem}; using its <table> instead.`);
      }
    }
    if (!table) throw new ContentError('needs one <table> (or a <script type="application/json">)');
    return this.#parseTable(table);
  }

  #parseTable(table: HTMLTableElement): TableData {
    const rows = [...table.rows];
    const header = table.tHead?.rows[0] ?? rows[0];
    if (!header || header.cells.length < 2) {
      throw new ContentError('its table needs a header row naming at least one option');
    }
    const [criterionCell, ...headerCells] = [...header.cells];
    const options: ComparisonOption[] = headerCells.map((cell, index) => ({
      id: `option-${index + 1}`,
      label: this.content(cell.childNodes),
    }));
    const highlighted = headerCells.findIndex((cell) => cell.hasAttribute('data-highlight'));
    const criteria: ComparisonCriterion[] = rows
      .filter((row) => row !== header && row.cells.length > 0)
      .map((row, index) => {
        const [label, ...cells] = [...row.cells];
        const values: Record<string, ReactNode> = {};
        options.forEach((option, column) => {
          const cell = cells[column];
          if (cell) values[option.id] = this.content(cell.childNodes);
        });
        return { id: `criterion-${index + 1}`, label: this.content(label!.childNodes), values };
      });
    if (criteria.length === 0) throw new ContentError('its table has no criteria rows');
    const caption = table.caption;
    if (!caption || !textOf(caption))
      this.problem('its table has no <caption>; add one saying what is compared.');
    return {
      caption: caption ? this.content(caption.childNodes) : '',
      // The first header cell names the criteria column; an empty one keeps the built-in name.
      criterionHeader: textOf(criterionCell) ? this.content(criterionCell!.childNodes) : undefined,
      options,
      criteria,
      highlight: highlighted >= 0 ? options[highlighted]!.id : undefined,
    };
  }
}

/** Reads the JSON form, keeping only strings: nothing in it is treated as markup. */
function parseJson(text: string): TableData {
  const data: unknown = JSON.parse(text);
  const record = (value: unknown, what: string): Record<string, unknown> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new Error(`${what} must be an object`);
    return value as Record<string, unknown>;
  };
  const string = (value: unknown, what: string): string => {
    if (typeof value !== 'string') throw new Error(`${what} must be a string`);
    return value;
  };
  const list = (value: unknown, what: string): unknown[] => {
    if (!Array.isArray(value) || value.length === 0)
      throw new Error(`${what} must be a non-empty array`);
    return value;
  };
  const root = record(data, 'the data');
  const options = list(root.options, 'options').map((option, index) => {
    const item = record(option, `options[${index}]`);
    return {
      id: string(item.id, `options[${index}].id`),
      label: string(item.label, `options[${index}].label`),
    };
  });
  const criteria = list(root.criteria, 'criteria').map((criterion, index) => {
    const item = record(criterion, `criteria[${index}]`);
    const values = record(item.values, `criteria[${index}].values`);
    return {
      id: string(item.id, `criteria[${index}].id`),
      label: string(item.label, `criteria[${index}].label`),
      values: Object.fromEntries(
        Object.entries(values).map(([key, value]) => [
          key,
          string(value, `criteria[${index}].values.${key}`),
        ]),
      ),
    };
  });
  return {
    caption: string(root.caption, 'caption'),
    options,
    criteria,
    highlight: root.highlight === undefined ? undefined : string(root.highlight, 'highlight'),
  };
}
