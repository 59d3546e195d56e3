import { createGlobalThemeContract } from '@vanilla-extract/css';
import { cssVariableName, tokenContract } from './contract';

/**
 * The theme contract as CSS variable references: `vars.color.brand` is
 * `var(--clinic-color-brand)`. Use it in vanilla-extract styles and inline styles alike.
 */
export const vars = createGlobalThemeContract(tokenContract, (_value, path) =>
  cssVariableName(path),
);
