// The elements of @clinic-ui/widgets as the plugin needs them, read from the widgets' built
// custom-elements.json (written by `cem analyze` in the widgets build): the one source of the
// kses allowlist and, through it, of everything the plugin knows about the elements.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** packages/widgets (or node_modules/@clinic-ui/widgets): its package.json, dist and manifest. */
export const widgetsDir = dirname(require.resolve('@clinic-ui/widgets/package.json'));

/** The widgets' version: the plugin's version and the pinned CDN URL follow it. */
export const widgetsVersion = JSON.parse(
  readFileSync(join(widgetsDir, 'package.json'), 'utf8'),
).version;

/**
 * Attributes that hold a link: WordPress's protocol filter must check them (no javascript: or
 * data:). The manifest has no URL type, so the widgets' naming convention decides: `href` and
 * `*-url`. An attribute described as a URL or profile page that does not follow it fails the
 * build rather than slipping past the filter.
 */
export const isUrlAttribute = (name) => name === 'href' || name.endsWith('-url');

/**
 * @typedef {{ name: string, description: string, type?: string }} ElementAttribute
 * @typedef {{ tag: string, summary: string, description: string, attributes: ElementAttribute[], hasContent: boolean, slotDescription: string }} ClinicElement
 */

/** @returns {ClinicElement[]} every element of the manifest, sorted by tag name. */
export function readElements() {
  const manifest = JSON.parse(readFileSync(join(widgetsDir, 'custom-elements.json'), 'utf8'));
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      // <clinic-screener> ships in its own script (clinic-screener.js), which the plugin does not
      // enqueue, and its pasted <form> would need more of kses: not offered in WordPress yet.
      if (declaration.tagName === 'clinic-screener') continue;
      const attributes = (declaration.attributes ?? []).map((attribute) => {
        const description = attribute.description ?? '';
        if (/\bURL\b|\bprofile page\b/i.test(description) && !isUrlAttribute(attribute.name))
          throw new Error(
            `<${declaration.tagName}> attribute "${attribute.name}" looks like a link but is not named href or *-url: WordPress's protocol filter would not check it.`,
          );
        return { name: attribute.name, description, type: attribute.type?.text };
      });
      elements.push({
        tag: declaration.tagName,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        attributes,
        hasContent: (declaration.slots ?? []).length > 0,
        slotDescription: (declaration.slots ?? []).map((slot) => slot.description).join(' '),
      });
    }
  }
  if (elements.length === 0)
    throw new Error(
      `No custom elements in ${join(widgetsDir, 'custom-elements.json')}: build @clinic-ui/widgets first.`,
    );
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}
