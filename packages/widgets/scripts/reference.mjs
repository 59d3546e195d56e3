// The element reference (attributes, slots, parts, events, CSS properties), read from
// custom-elements.json: the one source for the widgets README (scripts/readme.mjs) and the
// Storybook embed pages, so neither is written by hand.

/** Every `<clinic-*>` declaration in the manifest, in the manifest's order. */
export function manifestElements(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
}

/** An attribute's accepted values as the reference shows them. */
export function attributeValues(attribute) {
  const type = attribute.type?.text ?? 'string';
  if (type === 'boolean') return 'present or absent';
  const literals = [...type.matchAll(/'([^']*)'/g)].map((match) => `\`${match[1]}\``);
  return literals.length > 0 ? literals.join(', ') : 'text';
}

/**
 * The reference of one element as tables: `{ title, columns, rows }`, cells in Markdown's inline
 * syntax (backticks only). Events list only the element's own; CSS properties are shared (see
 * `sharedCssProperties`).
 */
export function elementTables(element) {
  const tables = [];
  const add = (title, columns, rows) => {
    if (rows.length > 0) tables.push({ title, columns, rows });
  };
  add(
    'Attributes',
    ['attribute', 'values', 'what it does'],
    (element.attributes ?? []).map((attribute) => [
      `\`${attribute.name}\``,
      attributeValues(attribute),
      attribute.description ?? '',
    ]),
  );
  add(
    'Content (slots)',
    ['slot', 'what goes in it'],
    (element.slots ?? []).map((slot) => [
      slot.name ? `\`${slot.name}\`` : '(default)',
      slot.description ?? '',
    ]),
  );
  add(
    'Parts (for `::part()`)',
    ['part', 'what it is'],
    (element.cssParts ?? []).map((part) => [`\`${part.name}\``, part.description ?? '']),
  );
  add(
    'Events',
    ['event', 'detail', 'when'],
    (element.events ?? []).map((event) => [
      `\`${event.name}\``,
      `\`${(event.type?.text ?? '').replace(/^CustomEvent<(.*)>$/s, '$1')}\``,
      event.description ?? '',
    ]),
  );
  return tables;
}

/** The CSS custom properties every element honours (the same for all: the theme tokens). */
export function sharedCssProperties(manifest) {
  const [first] = manifestElements(manifest);
  return {
    title: 'CSS custom properties (every element)',
    columns: ['property', 'calm default'],
    rows: (first?.cssProperties ?? []).map((property) => [
      `\`${property.name}\``,
      `\`${property.default ?? ''}\``,
    ]),
  };
}

const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** A table as Markdown. */
export function markdownTable({ columns, rows }) {
  return [
    `| ${columns.map(cell).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** The whole reference as Markdown, for the README (headings start at level 3). */
export function referenceMarkdown(manifest) {
  const sections = manifestElements(manifest).map((element) =>
    [
      `### \`<${element.tagName}>\``,
      element.summary ?? element.description ?? '',
      ...elementTables(element).map((table) => `**${table.title}**\n\n${markdownTable(table)}`),
    ].join('\n\n'),
  );
  const css = sharedCssProperties(manifest);
  sections.push(
    [
      `### ${css.title}`,
      'Set any of them on an element, or on any ancestor, to override the theme. An element with a `theme` attribute takes only what is set on the element itself.',
      `<details><summary>All ${css.rows.length} properties</summary>\n\n${markdownTable(css)}\n\n</details>`,
    ].join('\n\n'),
  );
  return sections.join('\n\n');
}
