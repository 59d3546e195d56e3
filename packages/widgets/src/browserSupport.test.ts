// @vitest-environment node
// The stylesheets degrade as docs/browser-support.md promises: nothing in them that a browser
// below the policy would drop a whole rule for, and the pre-upgrade sheet never hides content.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const stylesheets = {
  '@clinic-ui/tokens/styles.css': readFileSync(
    require.resolve('@clinic-ui/tokens/styles.css'),
    'utf8',
  ),
  '@clinic-ui/react/styles.css': readFileSync(
    require.resolve('@clinic-ui/react/styles.css'),
    'utf8',
  ),
  'dist/clinic-ui.css': readFileSync(new URL('../dist/clinic-ui.css', import.meta.url), 'utf8'),
};

describe('stylesheets for older browsers', () => {
  it.each(Object.entries(stylesheets))('%s uses no @layer, :where() or @property', (_, css) => {
    expect(css).not.toMatch(/@layer|:where\(|@property/);
  });

  it('keeps :is() and :has() out of the tokens and blocks, where a dropped rule would cost content', () => {
    for (const name of ['@clinic-ui/tokens/styles.css', '@clinic-ui/react/styles.css'] as const)
      expect(stylesheets[name], name).not.toMatch(/:is\(|:has\(/);
  });

  it('never hides what it styles before the upgrade', () => {
    expect(stylesheets['dist/clinic-ui.css']).not.toMatch(
      /display:\s*none|visibility:\s*hidden|opacity:\s*0[;}]|content-visibility/,
    );
  });
});
