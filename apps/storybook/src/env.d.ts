// Side-effect stylesheet imports, such as '@clinic-ui/tokens/styles.css', are handled by Vite.
declare module '*.css';
