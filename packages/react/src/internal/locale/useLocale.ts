import * as React from 'react';
import { messageTables, resolveLocale, type ClinicMessages } from '../../core/messages';
import { LocaleContext } from './LocaleContext';

export interface LocaleInfo {
  /** The tag to format dates and numbers with (the prop or provider value, else `en`). */
  locale: string;
  messages: ClinicMessages;
}

// React Server Components have no context: React's server build has no `useContext`, and there
// the provider module is only a client reference. So a block rendered as a server component reads
// its `locale` prop, else `en`; on the client (and in plain SSR) it also reads the provider.
const useContext = (React as { useContext?: typeof React.useContext }).useContext;

/** The locale a block renders in: its own prop, else the nearest provider, else `en`. */
export function useLocale(localeProp?: string): LocaleInfo {
  const fromProvider = useContext?.(LocaleContext);
  const requested = localeProp ?? fromProvider;
  const table = resolveLocale(requested);
  // Format with the full tag (es-MX) only when its language has strings; otherwise stay consistent.
  const locale =
    requested && resolveLocale(requested) === table && isValidTag(requested) ? requested : table;
  return { locale, messages: messageTables[table] };
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
