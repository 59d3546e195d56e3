/// <reference types="vite/client" />
// Side-effect stylesheet imports, such as '@clinic-ui/tokens/styles.css', are handled by Vite.
declare module '*.css';

interface ImportMetaEnv {
  /** Set by @storybook/addon-vitest while the stories run as tests. */
  readonly VITEST_STORYBOOK?: string;
}
