import * as React from 'react';

// React Server Components have no context: React's server build has neither `createContext` nor
// `useContext`. So the context is made only where React has it (the browser, plain SSR), in this
// module with no client directive: importing a client module here would send it to the browser
// with every block, even static ones. A block rendered as a server component reads its `locale`
// prop. (Each function is read straight off the namespace, so bundlers still tree-shake React.)
type Maybe<T> = T | undefined;

export const LocaleContext = (React.createContext as Maybe<typeof React.createContext>)?.<
  string | undefined
>(undefined);

const readContext = React.useContext as Maybe<typeof React.useContext>;

/** The provider's locale, where React has context; a hook (call it in render, unconditionally). */
export const useLocaleContext = (): string | undefined =>
  LocaleContext ? readContext?.(LocaleContext) : undefined;
