import {
  languageOf,
  messageTables,
  resolveLocale,
  type ClinicMessages,
  type SupportedLocale,
} from '../../core/messages';
import { useLocaleContext } from './context';

export interface LocaleTag {
  /** The tag to format dates and numbers with (the prop or provider value, else `en`). */
  locale: string;
  /** The language whose built-in strings the block shows. */
  language: SupportedLocale;
}

export interface LocaleInfo extends LocaleTag {
  messages: ClinicMessages;
}

/**
 * The locale a block renders in: its own prop, else the nearest provider, else `en`. For a block
 * with a string table of its own (the Screener); the others take `useLocale`.
 */
export function useLocaleTag(localeProp?: string): LocaleTag {
  // The provider's, where there is context (not in server components, see ./context).
  const fromProvider = useLocaleContext();
  const requested = localeProp ?? fromProvider;
  const language = resolveLocale(requested);
  // Format with the full tag (es-MX) only when its language has strings; otherwise (de-DE) dates
  // follow the strings' language, so a block never mixes two languages.
  const locale =
    requested && languageOf(requested) === language && isValidTag(requested) ? requested : language;
  return { locale, language };
}

/** The locale a block renders in (see useLocaleTag), with the blocks' built-in strings. */
export function useLocale(localeProp?: string): LocaleInfo {
  const tag = useLocaleTag(localeProp);
  return { ...tag, messages: messageTables[tag.language] };
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
