import { languageOf, messageTables, resolveLocale, type ClinicMessages } from '../../core/messages';
import { useLocaleContext } from './context';

export interface LocaleInfo {
  /** The tag to format dates and numbers with (the prop or provider value, else `en`). */
  locale: string;
  messages: ClinicMessages;
}

/** The locale a block renders in: its own prop, else the nearest provider, else `en`. */
export function useLocale(localeProp?: string): LocaleInfo {
  // The provider's, where there is context (not in server components, see ./context).
  const fromProvider = useLocaleContext();
  const requested = localeProp ?? fromProvider;
  const table = resolveLocale(requested);
  // Format with the full tag (es-MX) only when its language has strings; otherwise (de-DE) dates
  // follow the strings' language, so a block never mixes two languages.
  const locale =
    requested && languageOf(requested) === table && isValidTag(requested) ? requested : table;
  return { locale, messages: messageTables[table] };
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
