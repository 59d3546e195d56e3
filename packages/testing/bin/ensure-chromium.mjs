#!/usr/bin/env node
// `npm test` runs this first (the root "pretest" script): it finds the browser the tests use, or
// installs Debian's chromium when it may (see src/ensureChromium.ts), or stops with advice.
import { ensureChromium } from '../dist/ensureChromium.js';

try {
  console.log(`browser tests: using ${ensureChromium()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
