// The element reference on every embed page, generated from the widgets' custom-elements.json by
// the same code as the widgets README's, so the two cannot drift from the elements.
import manifest from '@clinic-ui/widgets/custom-elements.json';
import { vars } from '@clinic-ui/tokens';
import { Fragment, type CSSProperties, type ReactNode } from 'react';
import {
  elementTables,
  manifestElements,
  sharedCssProperties,
  type ManifestElement,
  type ReferenceTable,
} from '../../../../packages/widgets/scripts/reference.mjs';

export const widgetElements: ManifestElement[] = manifestElements(manifest);

/** The manifest's declaration of one element (throws for an unknown tag: a typo in a story). */
export function manifestElement(tag: string): ManifestElement {
  const element = widgetElements.find((candidate) => candidate.tagName === tag);
  if (!element) throw new Error(`custom-elements.json has no <${tag}>`);
  return element;
}

/** Markdown's inline code (the only markup the manifest's texts use), as React nodes. */
export function inlineCode(text: string): ReactNode {
  return text
    .split('`')
    .map((piece, index) =>
      index % 2 === 1 ? <code key={index}>{piece}</code> : <Fragment key={index}>{piece}</Fragment>,
    );
}

const cellStyle: CSSProperties = {
  textAlign: 'start',
  verticalAlign: 'top',
  padding: `${vars.space.xs} ${vars.space.sm}`,
  borderBlockEnd: `1px solid ${vars.color.border}`,
};

function Table({ table }: { table: ReferenceTable }) {
  return (
    <table
      style={{ borderCollapse: 'collapse', inlineSize: '100%', marginBlockEnd: vars.space.lg }}
    >
      <caption style={{ textAlign: 'start', fontWeight: vars.fontWeight.bold }}>
        {inlineCode(table.title)}
      </caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column} scope="col" style={cellStyle}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row[0]}>
            {row.map((text, index) => (
              <td key={index} style={cellStyle}>
                {inlineCode(text)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Attributes, content, parts and events of one element, then the shared CSS properties. */
export function ElementReference({ tag }: { tag: string }) {
  const css = sharedCssProperties(manifest);
  return (
    <section aria-label={`<${tag}> reference`} data-element-reference={tag}>
      {elementTables(manifestElement(tag)).map((table) => (
        <Table key={table.title} table={table} />
      ))}
      <details>
        <summary>
          {css.title}: set any on the element or an ancestor to override the theme (
          {css.rows.length})
        </summary>
        <Table table={css} />
      </details>
    </section>
  );
}
