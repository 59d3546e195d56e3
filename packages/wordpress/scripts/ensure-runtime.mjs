#!/usr/bin/env node
// Installs the WordPress Playground runtime the tests run on (PHP compiled to wasm, and the
// WordPress builds: about 580 MB of node_modules and a 158 MB tarball) into runtime/node_modules,
// from runtime/package-lock.json. Never part of the root `npm install`: it happens on the first
// `npm test` of this package and is reused until the lockfile changes (npm's cache makes a
// reinstall quicker). Prints progress, as it can take minutes on a cold cache.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const runtimeDir = fileURLToPath(new URL('../runtime/', import.meta.url));
const stampFile = join(runtimeDir, '.installed');
const lockHash = createHash('sha256')
  .update(readFileSync(join(runtimeDir, 'package-lock.json')))
  .digest('hex');
const cli = join(runtimeDir, 'node_modules', '@wp-playground', 'cli', 'package.json');

const installed =
  existsSync(cli) && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === lockHash;
if (installed) {
  console.log('wordpress runtime: ready (runtime/node_modules matches runtime/package-lock.json)');
} else {
  console.log(
    'wordpress runtime: installing WordPress Playground (about 580 MB, once per lockfile) into runtime/node_modules ...',
  );
  rmSync(stampFile, { force: true });
  const started = Date.now();
  const ticker = setInterval(
    () =>
      console.log(
        `wordpress runtime: still installing (${Math.round((Date.now() - started) / 1000)} s)`,
      ),
    15_000,
  );
  // No install scripts: the one it declares (fs-ext-extra-prebuilt) is not needed to serve pages.
  const child = spawn(
    'npm',
    ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=warn', '--no-progress'],
    { cwd: runtimeDir, stdio: 'inherit', shell: process.platform === 'win32' },
  );
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(ticker);
  if (code !== 0) {
    console.error(`wordpress runtime: npm ci failed (exit ${code}) in ${runtimeDir}`);
    process.exit(1);
  }
  writeFileSync(stampFile, `${lockHash}\n`);
  console.log(`wordpress runtime: installed in ${Math.round((Date.now() - started) / 1000)} s`);
}
