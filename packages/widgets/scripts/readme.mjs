#!/usr/bin/env node
// Writes the generated parts of README.md: the element reference (from custom-elements.json) and,
// with --snippet, the pinned snippet (from release-integrity.json). `npm run reference` after a
// build; `src/reference.test.ts` fails while the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { referenceMarkdown } from './reference.mjs';
import { screenerSnippetTag, snippetTags } from './snippet.mjs';

/** Replaces what sits between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceBlock(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} block`);
  return `${text.slice(0, from + start.length)}\n\n${content}\n\n${text.slice(to)}`;
}

/** The README with its reference block regenerated from the manifest, formatted as committed. */
export async function readmeWithReference(readme, manifest, filepath) {
  const text = replaceBlock(readme, 'element-reference', referenceMarkdown(manifest));
  return format(text, { ...(await resolveConfig(filepath)), filepath });
}

const example = `<clinic-key-takeaways>
  <ul>
    <li>Therapy and medication both help; many people do best with both.</li>
    <li>See <a href="/care">our care guide</a>.</li>
  </ul>
</clinic-key-takeaways>`;

/** The README's snippet for the last version cut (release-integrity.json), or why there is none. */
export function snippetMarkdown(record) {
  if (!record.version)
    return [
      'No version has been published yet, so there is no file to pin. The release',
      '(`npm run release`, after `changeset version`) writes the snippet here: the version and the',
      'integrity of the two files of that version. Until then, the Storybook embed pages show the snippet',
      'for the local build.',
    ].join('\n');
  return [
    `For version ${record.version} (each \`integrity\` is the SHA-384 of that version's published file):`,
    `\`\`\`html\n${snippetTags(record)}\n\n${example}\n\`\`\``,
    ...(record.screener
      ? [
          'A page with a `<clinic-screener>` adds its own script (after the tags above, or alone):',
          `\`\`\`html\n${screenerSnippetTag(record)}\n\`\`\``,
        ]
      : []),
  ].join('\n\n');
}

/** The README with its snippet block written from the release record, formatted as committed. */
export async function readmeWithSnippet(readme, record, filepath) {
  const text = replaceBlock(readme, 'snippet', snippetMarkdown(record));
  return format(text, { ...(await resolveConfig(filepath)), filepath });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  const readmePath = `${packageDir}README.md`;
  const manifest = JSON.parse(readFileSync(`${packageDir}custom-elements.json`, 'utf8'));
  writeFileSync(
    readmePath,
    await readmeWithReference(readFileSync(readmePath, 'utf8'), manifest, readmePath),
  );
  console.log('README.md: element reference written from custom-elements.json');
}
