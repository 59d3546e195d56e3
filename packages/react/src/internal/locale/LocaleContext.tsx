'use client';
import { createContext, type ReactNode } from 'react';

export const LocaleContext = createContext<string | undefined>(undefined);

export interface ClinicLocaleProviderProps {
  /** A BCP 47 language tag such as `en`, `es` or `es-MX`. Unknown locales fall back to `en`. */
  locale: string;
  children?: ReactNode;
}

/**
 * Sets the locale of every Clinic UI block inside it that renders on the client; a block's own
 * `locale` prop wins. Server components cannot read context: give those blocks `locale` instead.
 */
export function ClinicLocaleProvider({ locale, children }: ClinicLocaleProviderProps) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}
