/**
 * Built-in strings, one table per locale. Every string can also be overridden by a prop on the
 * block that shows it. Functions take the values a sentence needs (plurals, names).
 */
export interface ClinicMessages {
  keyTakeaways: {
    heading: string;
  };
  comparison: {
    /** Badge on the recommended option, shown as text (never by colour alone). */
    recommended: string;
    /** Header of the criteria column in the wide table. */
    criterion: string;
  };
  byline: {
    writtenBy: string;
    reviewedBy: string;
    published: string;
    reviewed: string;
    readTime: (minutes: number) => string;
    /** Accessible name of a profile link, e.g. "Dr. Ada Byrne's profile". */
    profile: (name: string) => string;
  };
  quiz: {
    heading: (condition: string) => string;
    /** Heading when no condition is given. */
    headingGeneric: string;
    label: string;
    /** Accessible name of the group of quiz cards. */
    groupLabel: string;
  };
  booking: {
    heading: string;
    label: string;
    accepting: string;
    locationsLabel: string;
    call: (phone: string) => string;
  };
  faq: {
    heading: string;
  };
}

const en: ClinicMessages = {
  keyTakeaways: { heading: 'Key takeaways' },
  comparison: { recommended: 'Recommended', criterion: 'Criterion' },
  byline: {
    writtenBy: 'Written by',
    reviewedBy: 'Medically reviewed by',
    published: 'Published',
    reviewed: 'Reviewed',
    readTime: (minutes) => (minutes === 1 ? '1 minute read' : `${minutes} minute read`),
    profile: (name) => `${name}'s profile`,
  },
  quiz: {
    heading: (condition) => `Could it be ${condition}? Take our quiz`,
    headingGeneric: 'Not sure where to start? Take our quiz',
    label: 'Take the quiz',
    groupLabel: 'Self-screening quizzes',
  },
  booking: {
    heading: 'Book an appointment',
    label: 'Book an appointment',
    accepting: 'Now accepting new patients',
    locationsLabel: 'Locations',
    call: (phone) => `Or call ${phone}`,
  },
  faq: { heading: 'Frequently asked questions' },
};

const es: ClinicMessages = {
  keyTakeaways: { heading: 'Puntos clave' },
  comparison: { recommended: 'Recomendado', criterion: 'Criterio' },
  byline: {
    writtenBy: 'Escrito por',
    reviewedBy: 'Revisión médica de',
    published: 'Publicado',
    reviewed: 'Revisado',
    readTime: (minutes) =>
      minutes === 1 ? '1 minuto de lectura' : `${minutes} minutos de lectura`,
    profile: (name) => `Perfil de ${name}`,
  },
  quiz: {
    heading: (condition) => `¿Podría ser ${condition}? Haz nuestro cuestionario`,
    headingGeneric: '¿No sabes por dónde empezar? Haz nuestro cuestionario',
    label: 'Hacer el cuestionario',
    groupLabel: 'Cuestionarios de autoevaluación',
  },
  booking: {
    heading: 'Pide una cita',
    label: 'Pedir una cita',
    accepting: 'Aceptamos nuevos pacientes',
    locationsLabel: 'Centros',
    call: (phone) => `O llama al ${phone}`,
  },
  faq: { heading: 'Preguntas frecuentes' },
};

/**
 * The languages with built-in strings. A list of its own, so that picking a language does not
 * pull every block's strings into a bundle that needs only some (the screener's script).
 */
export const supportedLocales = ['en', 'es'] as const;

/** A locale with built-in strings. */
export type SupportedLocale = (typeof supportedLocales)[number];

/** Every shipped message table, by language code: one for each supported locale. */
export const messageTables = { en, es } as const satisfies Record<SupportedLocale, ClinicMessages>;

export const defaultLocale: SupportedLocale = 'en';

/**
 * Picks the table for a BCP 47 tag by its language: `es-MX` gives `es`; anything unknown or
 * missing gives `en`.
 */
export function resolveLocale(locale: string | undefined): SupportedLocale {
  const language = languageOf(locale);
  return supportedLocales.find((supported) => supported === language) ?? defaultLocale;
}

/** The primary language subtag of a BCP 47 tag, lower-cased: `es-MX` gives `es`. */
export function languageOf(locale: string | undefined): string | undefined {
  return locale?.trim().toLowerCase().split(/[-_]/)[0] || undefined;
}
