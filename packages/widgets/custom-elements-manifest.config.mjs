// custom-elements.json comes from the elements' JSDoc (@attr, @slot, @csspart, @fires); this
// plugin adds the CSS custom properties every element honours: the public --clinic-* tokens.
import { builtInThemes, toCssVariables } from '@clinic-ui/tokens';

const tokenProperties = Object.entries(toCssVariables(builtInThemes.calm)).map(([name, value]) => ({
  name,
  default: value,
  description:
    'A Clinic UI theme token; set it on the element, or on any ancestor, to override the theme.',
}));

export default {
  globs: ['src/elements/**/*.ts'],
  outdir: '.',
  plugins: [
    {
      name: 'clinic-ui-theme-tokens',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.customElement) declaration.cssProperties = tokenProperties;
          }
        }
      },
    },
  ],
};
