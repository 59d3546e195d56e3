import { describe, expect, it } from 'vitest';
import { unitProperty, widgetCss } from '../../scripts/widget-css.mjs';

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
