// One block per element of the widgets' custom-elements.json: its block.json (attributes read
// from the element's own markup, so the saved post is the plain `<clinic-*>` HTML), plus what the
// editor shows (attribute descriptions, the content's description). Written by scripts/build.mjs.
import { blockTemplates } from './block-templates.mjs';
import { isUrlAttribute, readElements } from './manifest.mjs';

export const blockCategory = 'clinic-ui';
export const textDomain = 'clinic-ui-blocks';
export const editorHandle = 'clinic-ui-blocks-editor';

/** `structured-data` becomes the block attribute `structuredData`. */
export const attributeKey = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/** `clinic-faq` becomes the block `clinic-ui/faq`. */
export const blockName = (tag) => `clinic-ui/${tag.replace(/^clinic-/, '')}`;

/** `'2' | '3'` becomes ['2', '3']; any other type (string, boolean) gives undefined. */
function literalUnion(type) {
  const parts = (type ?? '').split('|').map((part) => part.trim());
  if (parts.length < 2 || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

const plain = (text) => text.replaceAll('`', '').replace(/\s+/g, ' ').trim();

/** @returns the blocks' metadata, each block.json plus `clinicUi` (editor help, not block.json's). */
export function blocks(elements = readElements()) {
  return elements.map((element) => {
    const [title] = element.summary.split(':');
    if (!title || title === element.summary)
      throw new Error(`<${element.tag}>: its @summary must read "Title: description".`);
    const attributes = {};
    for (const attribute of element.attributes) {
      const values = literalUnion(attribute.type);
      attributes[attributeKey(attribute.name)] = {
        type: attribute.type === 'boolean' ? 'boolean' : 'string',
        source: 'attribute',
        selector: element.tag,
        attribute: attribute.name,
        ...(values ? { enum: values } : {}),
      };
    }
    if ('content' in attributes)
      throw new Error(`<${element.tag}>: attribute "content" clashes with the block's content.`);
    attributes.content = {
      type: 'string',
      source: 'html',
      selector: element.tag,
      default: blockTemplates[element.tag] ?? '',
    };
    return {
      $schema: 'https://schemas.wp.org/trunk/block.json',
      apiVersion: 3,
      name: blockName(element.tag),
      title: title.trim(),
      category: blockCategory,
      icon: 'heart',
      description: plain(element.description),
      textdomain: textDomain,
      attributes,
      // No generated class or wrapper: the saved markup is the element alone.
      supports: { className: false, customClassName: false, html: false },
      editorScript: editorHandle,
      clinicUi: {
        descriptions: Object.fromEntries(
          element.attributes.map((attribute) => [attribute.name, plain(attribute.description)]),
        ),
        urlAttributes: element.attributes.map((a) => a.name).filter(isUrlAttribute),
        content: plain(element.slotDescription),
      },
    };
  });
}

/** block.json as WordPress reads it (without the editor's extra help). */
export function blockJson({ clinicUi, ...metadata }) {
  void clinicUi;
  return metadata;
}
