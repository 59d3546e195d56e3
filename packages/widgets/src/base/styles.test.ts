import { screenerClassPrefix } from '@clinic-ui/react/internal';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  classNamesIn,
  onlyUsedClasses,
  unitProperty,
  widgetCss,
  withoutScreener,
} from '../../scripts/widget-css.mjs';

describe('the shadow-root stylesheet', () => {
  const css = widgetCss();

  it("holds no rem: inside a shadow root rem is the host page's root, which themes shrink", () => {
    expect(css).not.toMatch(/\d(\.\d+)?rem\b/);
    // Token fallbacks and the blocks' own literal sizes (the quiz cards' 16rem minimum, the
    // avatar's 2.5rem) are multiples of the reader's unit instead.
    expect(css).toContain(`calc(16*var(${unitProperty}))`);
    expect(css).toContain(`calc(2.5*var(${unitProperty}))`);
  });

  it('takes container-query conditions in em, where no var() may stand', () => {
    expect(css).toMatch(/@container [^{]*\(min-width: ?40em\)/);
  });
});

describe('the Screener in the shadow-root stylesheet', () => {
  it('is left out of clinic-ui.js, which has no screener element', () => {
    const blocks = readFileSync(
      createRequire(import.meta.url).resolve('@clinic-ui/react/blocks.css'),
      'utf8',
    );
    expect(blocks).toContain(`.${screenerClassPrefix}`);
    expect(widgetCss()).not.toContain(screenerClassPrefix);
  });

  it("keeps other blocks' part of a rule the minifier merged, and drops emptied at-rules", () => {
    const p = screenerClassPrefix;
    expect(
      withoutScreener(
        `.a,.${p}x{margin:0}@media print{.${p}y{color:red}}@media print{.b,.${p}z{color:red}}.c{color:blue}`,
      ),
    ).toBe('.a{margin:0}@media print{.b{color:red}}.c{color:blue}');
  });
});

describe("clinic-screener.js's stylesheet", () => {
  const p = screenerClassPrefix;

  it('keeps only the rules whose classes the bundle uses', () => {
    const used = classNamesIn(`var a="${p}x _1ab2",b="${p}y";`);
    expect(
      onlyUsedClasses(
        `.${p}x{margin:0}._1ab2,.other{color:red}.${p}y ._1ab2{gap:0}@media print{.other{color:blue}}.${p}z{color:red}`,
        used,
      ),
    ).toBe(`.${p}x{margin:0}._1ab2{color:red}.${p}y ._1ab2{gap:0}`);
  });

  it('is the same host and theme rules as clinic-ui.js, with the Screener and none of the other blocks', () => {
    const code = readFileSync(
      createRequire(import.meta.url).resolve('@clinic-ui/widgets/clinic-screener.js'),
      'utf8',
    );
    const css = widgetCss({ usedClasses: classNamesIn(code) });
    expect(css).toContain(`.${p}`);
    expect(css).toContain(':host([theme=warm])');
    expect(code).toContain(JSON.stringify(css).slice(1, 200));
    // The quiz cards' minimum width belongs to clinic-ui.js only.
    expect(widgetCss()).toContain(`calc(16*var(${unitProperty}))`);
    expect(css).not.toContain(`calc(16*var(${unitProperty}))`);
  });
});
