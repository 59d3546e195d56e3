/** Made at build time by scripts/widget-css.mjs from the built tokens and blocks. */
declare module 'virtual:clinic-widget-css' {
  /** The stylesheet every shadow root adopts. */
  export const css: string;
  /** The custom property that holds the reader's default font size (see scripts/widget-css.mjs). */
  export const unitProperty: string;
  /** Set on an element once it has rendered: switches off its pre-upgrade rules. */
  export const renderedAttribute: string;
}
