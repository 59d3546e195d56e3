import {
  modeHsl,
  modeHwb,
  modeLab,
  modeLch,
  modeLrgb,
  modeOklab,
  modeOklch,
  modeP3,
  modeRgb,
  parse,
  useMode as registerMode,
  wcagContrast,
  type Color,
} from 'culori/fn';

// culori's tree-shakable API: only the colour spaces CSS colours are written in (plus linear sRGB,
// which the WCAG luminance needs). It cut `createClinicTheme` by about 2 kB gzip against
// colorjs.io's functional API; both give the same ratios to three decimals.
let registered = false;

// Registered on first use rather than at import, so that importing the package has no side effects.
function registerColorSpaces(): void {
  if (registered) return;
  // culori calls it `useMode`; renamed because it is no React hook.
  for (const mode of [
    modeRgb,
    modeLrgb,
    modeHsl,
    modeHwb,
    modeLab,
    modeLch,
    modeOklab,
    modeOklch,
    modeP3,
  ])
    registerMode(mode);
  registered = true;
}

/** Parses a CSS colour (hex, name, rgb(), hsl(), hwb(), lab(), lch(), oklab(), oklch(), color()), or returns undefined. */
export function parseColor(value: string): Color | undefined {
  registerColorSpaces();
  return parse(value);
}

/** The WCAG 2.x contrast ratio of two opaque CSS colours, from 1 to 21. */
export function contrastRatio(foreground: string, background: string): number {
  const fg = parseColor(foreground);
  const bg = parseColor(background);
  if (!fg) throw new TypeError(`"${foreground}" is not a valid CSS colour.`);
  if (!bg) throw new TypeError(`"${background}" is not a valid CSS colour.`);
  return wcagContrast(fg, bg);
}
