// Every string the plugin shows has its Spanish translation in languages/clinic-ui-blocks-es_ES.po.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { blocks } from '../scripts/blocks.mjs';
import { readPo } from '../scripts/translations.mjs';

const packageDir = join(import.meta.dirname, '..');
const po = join(packageDir, 'plugin', 'languages', 'clinic-ui-blocks-es_ES.po');

/** A PHP or JS string literal without escapes: '…' or "…". */
const literal = String.raw`(?:'([^'\\]*)'|"([^"\\]*)")`;
const call = new RegExp(
  String.raw`\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*${literal}\s*,\s*'clinic-ui-blocks'`,
  'g',
);

function sourceStrings(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(call)].map(
        (match) => match[1] ?? match[2]!,
      ),
    );
}

test('every PHP string of the plugin is translated to Spanish', () => {
  const { messages } = readPo(po);
  const strings = sourceStrings(join(packageDir, 'plugin'), '.php');
  expect(strings.length).toBeGreaterThan(20);
  expect(strings.filter((text) => !messages[text])).toEqual([]);
});

test('every editor string and block title and description is translated to Spanish', () => {
  const { messages } = readPo(po);
  const strings = sourceStrings(join(packageDir, 'editor'), '.js');
  expect(strings.length).toBeGreaterThan(2);
  expect(strings.filter((text) => !messages[text])).toEqual([]);
  const missing = blocks().flatMap((block) =>
    [`block title\u0004${block.title}`, `block description\u0004${block.description}`].filter(
      (key) => !messages[key],
    ),
  );
  expect(missing).toEqual([]);
});
