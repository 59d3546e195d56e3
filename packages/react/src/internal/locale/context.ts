import * as React from 'react';

// React Server Components have no context: React's server build has neither `createContext` nor
// `useContext`. So the context is made only where React has it (the browser, plain SSR), in this
// module with no client directive: importing a client module here would send it to the browser with
// every block, even static ones. A block rendered as a server component reads its `locale` prop.
const react = React as Partial<typeof React>;

export const LocaleContext = react.createContext?.<string | undefined>(undefined);

export const useLocaleContext = (): string | undefined =>
  LocaleContext && react.useContext ? react.useContext(LocaleContext) : undefined;
