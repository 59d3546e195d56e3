#!/usr/bin/env node
// Measures what a package costs its users, gzipped, and fails when a budget is exceeded.
// Run from a package folder (`npm run size`); reads that package's size.config.json:
//   { "entries": [
//       { "name": "KeyTakeaways", "export": "KeyTakeaways", "budget": 2048 },  // one export imported alone, tree-shaken
//       { "name": "styles.css", "file": "dist/index.css", "budget": 4096 }      // a built file as shipped
//   ], "external": ["react", "react-dom"] }
// Budgets are gzip bytes. Exports are bundled from the built entry (package.json "exports"["."]),
// minified, with the listed packages external, as a consumer's bundler would.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(resolve(cwd, 'package.json'), 'utf8'));
const config = JSON.parse(readFileSync(resolve(cwd, 'size.config.json'), 'utf8'));
const entry = resolve(cwd, pkg.exports['.'].import ?? pkg.exports['.'].default);
const external = config.external ?? [];

const gzip = (text) => gzipSync(text, { level: 9 }).length;

async function measureExport(name) {
  const result = await build({
    stdin: {
      contents: `export { ${name} } from ${JSON.stringify(entry)};`,
      resolveDir: cwd,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    external: external.flatMap((id) => [id, `${id}/*`]),
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0].text;
  return { raw: Buffer.byteLength(code), gzip: gzip(code) };
}

function measureFile(file) {
  const text = readFileSync(resolve(cwd, file));
  return { raw: text.length, gzip: gzip(text) };
}

const rows = [];
for (const item of config.entries) {
  const size = item.export ? await measureExport(item.export) : measureFile(item.file);
  rows.push({ ...item, ...size, ok: size.gzip <= item.budget });
}

// kB as bundle-size tools print it: 1000 bytes.
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
console.log(
  `\n${pkg.name}: size (gzip, minified${external.length ? `, external: ${external.join(', ')}` : ''})`,
);
console.log(
  ['entry'.padEnd(44), 'raw'.padStart(10), 'gzip'.padStart(10), 'budget'.padStart(10), ''].join(
    ' ',
  ),
);
for (const row of rows) {
  console.log(
    [
      row.name.padEnd(44),
      kB(row.raw).padStart(10),
      kB(row.gzip).padStart(10),
      kB(row.budget).padStart(10),
      row.ok ? 'ok' : 'OVER BUDGET',
    ].join(' '),
  );
}
const over = rows.filter((row) => !row.ok);
if (over.length > 0) {
  console.error(
    `\n${over.length} entr${over.length === 1 ? 'y is' : 'ies are'} over budget: ${over.map((row) => row.name).join(', ')}`,
  );
  process.exit(1);
}
