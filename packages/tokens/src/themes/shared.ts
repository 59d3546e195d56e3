import type { ClinicThemeValues } from '../contract';

type NonColorTokens = Omit<ClinicThemeValues, 'color'>;

const systemSans =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';

/**
 * Typography, spacing, radii, shadows and motion that both built-in themes start from. A theme
 * only restates what it changes.
 */
export const baseScales: NonColorTokens = {
  font: {
    body: systemSans,
    heading: systemSans,
    mono: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  },
  fontWeight: { regular: '400', medium: '500', bold: '700' },
  // rem-based so that the reader's browser font size is respected.
  fontSize: {
    xs: '0.8125rem',
    sm: '0.875rem',
    md: '1rem',
    lg: '1.125rem',
    xl: '1.375rem',
    xxl: '1.75rem',
  },
  lineHeight: { tight: '1.25', normal: '1.6' },
  space: {
    xxs: '0.125rem',
    xs: '0.25rem',
    sm: '0.5rem',
    md: '1rem',
    lg: '1.5rem',
    xl: '2rem',
    xxl: '3rem',
  },
  radius: { sm: '4px', md: '8px', lg: '16px', pill: '999px' },
  shadow: {
    sm: '0 1px 2px rgb(16 24 40 / 0.08)',
    md: '0 4px 12px rgb(16 24 40 / 0.1)',
  },
  motion: {
    durationFast: '120ms',
    durationNormal: '200ms',
    easing: 'cubic-bezier(0.2, 0, 0, 1)',
  },
};

/** A theme: the shared scales, with the theme's colours (and any scale it changes) over them. */
export function withBaseScales(
  own: Pick<ClinicThemeValues, 'color'> & Partial<NonColorTokens>,
): ClinicThemeValues {
  return { ...baseScales, ...own };
}
