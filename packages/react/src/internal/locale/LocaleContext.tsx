'use client';
import { createContext, useContext, type ReactNode } from 'react';
import { messageTables, resolveLocale, type ClinicMessages } from '../../core/messages';

const LocaleContext = createContext<string | undefined>(undefined);

export interface ClinicLocaleProviderProps {
  /** A BCP 47 language tag such as `en`, `es` or `es-MX`. Unknown locales fall back to `en`. */
  locale: string;
  children?: ReactNode;
}

/** Sets the locale of every Clinic UI block inside it; a block's own `locale` prop wins. */
export function ClinicLocaleProvider({ locale, children }: ClinicLocaleProviderProps) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export interface LocaleInfo {
  /** The tag to format dates and numbers with (the prop or provider value, else `en`). */
  locale: string;
  messages: ClinicMessages;
}

/** The locale a block renders in: its own prop, else the nearest provider, else `en`. */
export function useLocale(localeProp?: string): LocaleInfo {
  const fromProvider = useContext(LocaleContext);
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
