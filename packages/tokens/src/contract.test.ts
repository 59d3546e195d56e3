import { describe, expect, it } from 'vitest';
import { cssVariableName, tokenPaths } from './contract';
import { vars } from './vars.css';

describe('the theme contract', () => {
  it('names every token --clinic-<group>-<token> in kebab case', () => {
    expect(cssVariableName(['color', 'onBrand'])).toBe('clinic-color-on-brand');
    expect(vars.color.surfaceRaised).toBe('var(--clinic-color-surface-raised)');
    expect(vars.motion.durationFast).toBe('var(--clinic-motion-duration-fast)');
  });

  it('gives every token its own variable', () => {
    const names = tokenPaths().map((path) => cssVariableName(path));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^clinic-[a-z]+(-[a-z0-9]+)+$/);
  });

  it('covers the colour roles, fonts, scales, radii, shadows and motion of the brief', () => {
    const groups = new Set(tokenPaths().map(([group]) => group));
    expect([...groups]).toEqual([
      'color',
      'font',
      'fontWeight',
      'fontSize',
      'lineHeight',
      'space',
      'radius',
      'shadow',
      'motion',
    ]);
    const colors = tokenPaths()
      .filter(([group]) => group === 'color')
      .map(([, token]) => token);
    expect(colors).toEqual([
      'brand',
      'onBrand',
      'accent',
      'surface',
      'surfaceRaised',
      'text',
      'textMuted',
      'border',
      'focusRing',
      'success',
      'warning',
      'danger',
    ]);
  });
});
