// custom-elements.json comes from the elements' JSDoc (@attr, @slot, @csspart, @fires); the first
// plugin adds what every element shares: the CSS custom properties it honours (the public
// --clinic-* tokens) and the clinic-problem event. The editor files (VS Code custom data,
// JetBrains web-types, JSX types) are generated from that same manifest into dist/.
import { builtInThemes, toCssVariables } from '@clinic-ui/tokens';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const tokenProperties = Object.entries(toCssVariables(builtInThemes.calm)).map(([name, value]) => ({
  name,
  default: value,
  description:
    'A Clinic UI theme token; set it on the element, or on any ancestor, to override the theme (with a `theme` attribute, only on the element itself).',
}));

const problemEvent = {
  name: 'clinic-problem',
  type: { text: 'CustomEvent<{ message: string }>' },
  description:
    'When the element finds a problem in its attributes or content: `detail.message` is the console message, word for word. Bubbles and crosses shadow roots.',
};

// The token list belongs in the CSS data, not in every element's tooltip.
const editorOptions = {
  outdir: 'dist',
  hideLogs: true,
  descriptionSrc: 'description',
  hideCssPropertiesDocs: true,
};

export default {
  globs: ['src/elements/**/*.ts'],
  outdir: '.',
  plugins: [
    {
      name: 'clinic-ui-shared-members',
      packageLinkPhase({ customElementsManifest }) {
        // The glob's order follows the file system, which differs between checkouts: sort, so the
        // manifest and everything generated from it (README reference, editor files) is stable.
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : 1));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            declaration.cssProperties = tokenProperties;
            declaration.events = [...(declaration.events ?? []), problemEvent];
          }
        }
      },
    },
    customElementVsCodePlugin({
      ...editorOptions,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ ...editorOptions, webTypesFileName: 'web-types.json' }),
    {
      // The manifest types events as CustomEvent<detail> (as its schema says); the JSX generator
      // wraps the type in CustomEvent itself, so it gets the detail type alone.
      name: 'clinic-ui-jsx-types',
      packageLinkPhase({ customElementsManifest }) {
        const manifest = structuredClone(customElementsManifest);
        for (const module of manifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const event of declaration.events ?? []) {
              const detail = /^CustomEvent<(.*)>$/s.exec(event.type?.text ?? '');
              if (detail) event.type = { text: detail[1] };
            }
          }
        }
        generateJsxTypes(manifest, { ...editorOptions, fileName: 'jsx-elements.d.ts' });
      },
    },
  ],
};
