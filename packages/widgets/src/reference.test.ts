// @vitest-environment node
// The README's element reference is the one generated from custom-elements.json (the manifest
// itself is checked against the elements in observed.test.ts and parts.browser.test.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readmeWithReference, readmeWithSnippet } from '../scripts/readme.mjs';
import type { Manifest } from '../scripts/reference.mjs';

const path = (file: string) => fileURLToPath(new URL(`../${file}`, import.meta.url));
const manifest = JSON.parse(readFileSync(path('custom-elements.json'), 'utf8')) as Manifest;

describe('the README', () => {
  it('carries the element reference generated from custom-elements.json (npm run reference)', async () => {
    const readme = readFileSync(path('README.md'), 'utf8');
    expect(readme, 'run `npm run reference -w @clinic-ui/widgets`').toBe(
      await readmeWithReference(readme, manifest, path('README.md')),
    );
    // The drift this replaced: each of these was missing from the hand-written tables.
    expect(readme).toMatch(/### `<clinic-faq>`[^#]*\| `heading` /);
    for (const part of ['body', 'phone', 'status', 'cell', 'caption'])
      expect(readme).toContain(`| \`${part}\` `);
  });
});

describe('the README snippet', () => {
  it('is the one written from release-integrity.json (by the release, scripts/release-snippet.mjs)', async () => {
    const readme = readFileSync(path('README.md'), 'utf8');
    const record = JSON.parse(readFileSync(path('release-integrity.json'), 'utf8')) as {
      version: string | null;
    };
    expect(readme).toBe(await readmeWithSnippet(readme, record, path('README.md')));
    expect(readme).not.toMatch(/@VERSION|sha384-…/);
  });
});
