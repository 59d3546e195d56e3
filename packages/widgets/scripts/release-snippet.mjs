#!/usr/bin/env node
// Run by the release after `changeset version` and the build (root `version-packages` and
// `release` scripts): when the widgets' version is new, records the integrity of the files just
// built (release-integrity.json, what the release publishes) and writes the README's pinned
// snippet from that record. A version that was already cut keeps its record: npm never replaces a
// published file, so its hashes stay those of the file on the CDN.
// Usage: node scripts/release-snippet.mjs [package folder, default: this package]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeWithSnippet } from './readme.mjs';

const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const json = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const { version } = json('package.json');
const recordPath = join(dir, 'release-integrity.json');
let record = json('release-integrity.json');
if (record.version !== version) {
  const built = json('dist/integrity.json');
  record = {
    version,
    integrity: built.integrity,
    stylesheet: { integrity: built.stylesheet.integrity },
    screener: { integrity: built.screener.integrity },
  };
  writeFileSync(recordPath, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`release-integrity.json: @clinic-ui/widgets ${version}, ${record.integrity}`);
} else {
  console.log(`release-integrity.json: ${version} was already cut; its hashes stay`);
}
const readme = join(dir, 'README.md');
writeFileSync(readme, await readmeWithSnippet(readFileSync(readme, 'utf8'), record, readme));
