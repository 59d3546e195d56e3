/**
 * The contrast engine, published alone as `@clinic-ui/tokens/contrast`: the pairs the blocks draw,
 * their WCAG AA minimums and the measuring. It is the only part of the package that loads a colour
 * library, so `vars`, the stylesheet and the built-in themes stay free of one.
 */
import { contrastRatio } from './color';
import type { ClinicThemeValues, ColorToken } from './contract';

export { contrastRatio };

/** WCAG 2.2 AA minimums: 4.5:1 for body text, 3:1 for large text, UI parts and focus indicators. */
export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;

/** A foreground/background pair that the blocks actually draw, with the ratio it must meet. */
export interface ContrastPair {
  foreground: ColorToken;
  background: ColorToken;
  minimum: number;
  /** Where the pair appears, for designers reading the tokens page. */
  usage: string;
}

const onBothSurfaces = (foreground: ColorToken, minimum: number, usage: string): ContrastPair[] =>
  (['surface', 'surfaceRaised'] as const).map((background) => ({
    foreground,
    background,
    minimum,
    usage,
  }));

/** Every text/background and UI/background pair a Clinic UI theme must pass. */
export const contrastPairs: readonly ContrastPair[] = /* @__PURE__ */ (() => [
  ...onBothSurfaces('text', AA_TEXT, 'body text'),
  ...onBothSurfaces('textMuted', AA_TEXT, 'secondary text: credentials, dates, captions'),
  ...onBothSurfaces('brand', AA_TEXT, 'links and brand-coloured text'),
  { foreground: 'onBrand', background: 'brand', minimum: AA_TEXT, usage: 'button and badge text' },
  ...onBothSurfaces('success', AA_TEXT, 'positive status text'),
  ...onBothSurfaces('warning', AA_TEXT, 'cautionary status text'),
  ...onBothSurfaces('danger', AA_TEXT, 'error text'),
  ...onBothSurfaces('accent', AA_NON_TEXT, 'markers and highlights (not text)'),
  ...onBothSurfaces('border', AA_NON_TEXT, 'component outlines'),
  ...onBothSurfaces('focusRing', AA_NON_TEXT, 'keyboard focus indicator'),
])();

/** The measured contrast of one declared pair in one theme. */
export interface ContrastResult extends ContrastPair {
  /** The WCAG 2.x contrast ratio, from 1 to 21. */
  ratio: number;
  passes: boolean;
}

/** Measures every declared pair of a theme's colours. */
export function checkThemeContrast(theme: Pick<ClinicThemeValues, 'color'>): ContrastResult[] {
  return contrastPairs.map((pair) => {
    const ratio = contrastRatio(theme.color[pair.foreground], theme.color[pair.background]);
    return { ...pair, ratio, passes: ratio >= pair.minimum };
  });
}

/** A one-line description of a result, e.g. `textMuted on surface: 3.90:1 (needs 4.5:1)`. */
export function describeContrast(result: ContrastResult): string {
  return `${result.foreground} on ${result.background}: ${result.ratio.toFixed(2)}:1 (needs ${result.minimum}:1)`;
}
