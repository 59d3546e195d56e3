// The widgets ship Preact through React's names: the blocks' code is unchanged, the bundle stays
// small, and nothing is shared with a React the host page may run (it lives inside the bundle).
export const preactAliases = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-runtime',
};
