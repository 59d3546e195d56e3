import {
  ColorSpace,
  HSL,
  HWB,
  LCH,
  Lab,
  OKLCH,
  OKLab,
  P3,
  contrastWCAG21,
  parse,
  sRGB,
  type PlainColorObject,
} from 'colorjs.io/fn';

let registered = false;

// Registered on first use rather than at import, so that importing the package has no side effects.
function registerColorSpaces(): void {
  if (registered) return;
  for (const space of [sRGB, HSL, HWB, Lab, LCH, OKLab, OKLCH, P3]) ColorSpace.register(space);
  registered = true;
}

/** Parses a CSS colour (hex, name, rgb(), hsl(), hwb(), lab(), lch(), oklab(), oklch(), color()), or returns undefined. */
export function parseColor(value: string): PlainColorObject | undefined {
  registerColorSpaces();
  try {
    const color = parse(value);
    return { space: ColorSpace.get(color.spaceId), coords: color.coords, alpha: color.alpha ?? 1 };
  } catch {
    return undefined;
  }
}

/** The WCAG 2.x contrast ratio of two opaque CSS colours, from 1 to 21. */
export function contrastRatio(foreground: string, background: string): number {
  const fg = parseColor(foreground);
  const bg = parseColor(background);
  if (!fg) throw new TypeError(`"${foreground}" is not a valid CSS colour.`);
  if (!bg) throw new TypeError(`"${background}" is not a valid CSS colour.`);
  return contrastWCAG21(fg, bg);
}
