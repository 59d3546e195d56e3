import type { ClinicThemeValues } from '../contract';
import { withBaseScales } from './shared';

/** `calm`, the default theme: cool blue-teal on white. */
// Built by a call marked pure, so bundles that import only a theme's name drop the values.
export const calm: ClinicThemeValues = /* @__PURE__ */ withBaseScales({
  color: {
    brand: '#1f5f7a',
    onBrand: '#ffffff',
    accent: '#2f8f83',
    surface: '#ffffff',
    surfaceRaised: '#f3f7f9',
    text: '#1c2630',
    textMuted: '#4d5b66',
    border: '#7b8a97',
    focusRing: '#2864c7',
    success: '#1f7a4a',
    warning: '#8a5300',
    danger: '#b42318',
  },
});
