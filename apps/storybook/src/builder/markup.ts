// Turns what a marketer entered in the snippet builder into element markup. Everything entered is
// text: it is escaped here, never passed through as HTML.
import type { ManifestAttribute } from '../../../../packages/widgets/scripts/reference.mjs';

/** Text inside an element or an attribute value, with nothing in it read as markup. */
export const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** How the builder edits an attribute, from its manifest type. */
export type FieldKind =
  { kind: 'text' } | { kind: 'boolean' } | { kind: 'choice'; values: string[] };

export function fieldKind(attribute: ManifestAttribute): FieldKind {
  const type = attribute.type?.text ?? 'string';
  if (type === 'boolean') return { kind: 'boolean' };
  const values = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
  return values.length > 0 ? { kind: 'choice', values } : { kind: 'text' };
}

/** Attribute values by name: a string, or true for a boolean that is present. */
export type AttributeValues = Record<string, string | boolean | undefined>;

/** The light-DOM content each element reads, as the builder edits it. */
export interface ContentValues {
  /** Key takeaways: one point per line; `ordered` for a numbered list. */
  points: string;
  ordered: boolean;
  /** Comparison: caption, option names (one per line), rows (`criterion | value | value …`). */
  caption: string;
  options: string;
  rows: string;
  recommended: string;
  /** FAQ: questions and answers. */
  faq: { question: string; answer: string }[];
  /** Calls to action: the short text under the heading. */
  text: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const indent = (text: string, by = '  ') =>
  text
    .split('\n')
    .map((line) => (line ? `${by}${line}` : line))
    .join('\n');

/** The element's content (light DOM), as a marketer pastes it. */
export function contentMarkup(tag: string, content: ContentValues): string {
  switch (tag) {
    case 'clinic-key-takeaways': {
      const list = content.ordered ? 'ol' : 'ul';
      const items = lines(content.points).map((point) => `  <li>${escapeHtml(point)}</li>`);
      return `<${list}>\n${items.join('\n')}\n</${list}>`;
    }
    case 'clinic-comparison-table': {
      const options = lines(content.options);
      const header = options.map((option) =>
        option === content.recommended
          ? `<th scope="col" data-highlight>${escapeHtml(option)}</th>`
          : `<th scope="col">${escapeHtml(option)}</th>`,
      );
      const rows = lines(content.rows).map((row) => {
        const [criterion = '', ...values] = row.split('|').map((cell) => cell.trim());
        const cells = values.map((value) => `<td>${escapeHtml(value)}</td>`);
        return `<tr>\n  <th scope="row">${escapeHtml(criterion)}</th>\n${indent(cells.join('\n'))}\n</tr>`;
      });
      const caption = content.caption.trim()
        ? `  <caption>${escapeHtml(content.caption.trim())}</caption>\n`
        : '';
      return `<table>\n${caption}  <thead>\n    <tr>\n      <th scope="col">What to compare</th>\n${indent(header.join('\n'), '      ')}\n    </tr>\n  </thead>\n  <tbody>\n${indent(rows.join('\n'), '    ')}\n  </tbody>\n</table>`;
    }
    case 'clinic-faq':
      return content.faq
        .filter((item) => item.question.trim() || item.answer.trim())
        .map(
          (item) =>
            `<details>\n  <summary>${escapeHtml(item.question.trim())}</summary>\n${indent(
              lines(item.answer)
                .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
                .join('\n'),
            )}\n</details>`,
        )
        .join('\n');
    case 'clinic-quiz-cta':
    case 'clinic-booking-cta':
      return escapeHtml(content.text.trim());
    default:
      return '';
  }
}

/** The element with its attributes (in manifest order) and content. */
export function elementMarkup(
  tag: string,
  attributes: ManifestAttribute[],
  values: AttributeValues,
  content: ContentValues,
): string {
  const set = attributes.flatMap((attribute) => {
    const value = values[attribute.name];
    if (value === true) return [attribute.name];
    if (typeof value === 'string' && value.trim() !== '')
      return [`${attribute.name}="${escapeHtml(value.trim())}"`];
    return [];
  });
  const open =
    set.length > 2 ? `<${tag}\n${indent(set.join('\n'))}\n>` : `<${[tag, ...set].join(' ')}>`;
  const inner = contentMarkup(tag, content);
  return inner ? `${open}\n${indent(inner)}\n</${tag}>` : `${open}</${tag}>`;
}
