import type { ClinicThemeValues } from '../contract';
import { withBaseScales } from './shared';

/**
 * `dark`: light text on a deep navy, for pages in dark mode. Each status and highlight colour
 * keeps the hue it has in `calm` (green for accepting patients, red for danger and crisis, amber
 * for caution, teal for the recommended option's accent), lightened to pass AA on the dark surfaces.
 */
// Three-digit hex: the widgets' bundle carries these values, and they cost it fewer bytes.
// Built by a call marked pure, so bundles that import only a theme's name drop the values.
export const dark: ClinicThemeValues = /* @__PURE__ */ withBaseScales({
  color: {
    brand: '#8ce',
    onBrand: '#012',
    accent: '#5ba',
    surface: '#112',
    surfaceRaised: '#223',
    text: '#eef',
    textMuted: '#abc',
    border: '#789',
    focusRing: '#9bf',
    success: '#7d9',
    warning: '#fb6',
    danger: '#f98',
  },
});
