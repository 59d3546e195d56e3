import type { ClinicThemeValues } from '../contract';
import { withBaseScales } from './shared';

/** `warm`: terracotta on cream, with rounder corners. */
// Built by a call marked pure, so bundles that import only a theme's name drop the values.
export const warm: ClinicThemeValues = /* @__PURE__ */ withBaseScales({
  color: {
    brand: '#8c3b22',
    onBrand: '#ffffff',
    accent: '#b8602c',
    surface: '#fffaf5',
    surfaceRaised: '#f8efe6',
    text: '#2b211c',
    textMuted: '#5e4e45',
    border: '#8a7766',
    focusRing: '#2456a6',
    success: '#2d6a3e',
    warning: '#8a4b00',
    danger: '#a8281c',
  },
  radius: { sm: '6px', md: '12px', lg: '20px', pill: '999px' },
});
