'use client';
import type { ReactNode } from 'react';
import { LocaleContext } from './context';

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
  // Here, on the client, the context exists (see ./context).
  const Provider = LocaleContext!.Provider;
  return <Provider value={locale}>{children}</Provider>;
}
