#!/usr/bin/env node
// Prints what dist/clinic-ui.js is made of: minified bytes per package (and per own module), from
// the esbuild metafile the build writes to .composition/. Run `npm run composition` after a build.
// The shares are esbuild's, before the build's second pass with terser (see scripts/build.mjs),
// which shrinks every part by about the same factor; the shipped size is printed first.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const meta = JSON.parse(readFileSync('.composition/clinic-ui.meta.json', 'utf8'));
const [output] = Object.values(meta.outputs);

/** `node_modules/@radix-ui/react-collection/dist/index.mjs` → `@radix-ui/react-collection`. */
function owner(path) {
  const inModules = path.split('node_modules/').at(-1);
  if (inModules !== path) {
    const parts = inModules.split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (path.startsWith('../react/')) return '@clinic-ui/react (blocks and core)';
  if (path.startsWith('../tokens/')) return '@clinic-ui/tokens';
  if (path.includes('clinic-widget-css')) return 'widget stylesheet (virtual:clinic-widget-css)';
  return path;
}

const totals = new Map();
for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
  const name = owner(path);
  totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
}
const rows = [...totals].sort((a, b) => b[1] - a[1]);
const width = Math.max(...rows.map(([name]) => name.length));
const shipped = readFileSync('dist/clinic-ui.js');
console.log(
  `dist/clinic-ui.js as shipped: ${shipped.length} bytes minified, ${gzipSync(shipped, { level: 9 }).length} gzipped`,
);
console.log(`esbuild's pass: ${output.bytes} bytes minified, by source (bytes in the output)\n`);
for (const [name, bytes] of rows)
  console.log(
    `${name.padEnd(width)}  ${String(bytes).padStart(6)}  ${((100 * bytes) / output.bytes).toFixed(1).padStart(5)}%`,
  );
