// The screener's built-in strings, one table per locale like messages.ts. They live apart from
// the other blocks' table so that bundles without a screener (the widgets' clinic-ui.js) do not
// carry them. Crisis lines: US 988 (Spanish: press 2, or text AYUDA); the "press 3" option ended
// in July 2025 and must not be shown.
import { resolveLocale, type SupportedLocale } from './messages';
import type { BuiltInBandKey } from './screener';

export interface ScreenerMessages {
  /** Shown above the items, always. */
  privacy: string;
  submit: string;
  startAgain: string;
  continue: string;
  back: string;
  progress: (current: number, total: number) => string;
  errorSummaryTitle: string;
  /** One entry of the error summary, linking to the unanswered item. */
  missingItem: (item: number) => string;
  /** The message inside the unanswered item's fieldset. */
  missingInline: string;
  /** Read before an inline error by screen readers ("Error:"). */
  errorPrefix: string;
  resultHeading: string;
  score: (total: number, max: number) => string;
  band: (name: string) => string;
  bands: Record<BuiltInBandKey, string>;
  /** What each built-in band means, in plain, non-diagnostic words. */
  bandMeanings: Record<BuiltInBandKey, string>;
  /** Said with every result. */
  notDiagnosis: string;
  booking: string;
  crisis: {
    heading: string;
    /** The prominent block's heading, when the self-harm item was not "not at all". */
    urgentHeading: string;
    urgentIntro: string;
    call: string;
    text: string;
    spanish: string;
    emergency: string;
    elsewhere: string;
    elsewhereLink: string;
  };
}

const en: ScreenerMessages = {
  privacy: 'Your answers stay on this device and are not sent anywhere.',
  submit: 'See my result',
  startAgain: 'Start again',
  continue: 'Continue',
  back: 'Back',
  progress: (current, total) => `Question ${current} of ${total}`,
  errorSummaryTitle: 'There is a problem',
  missingItem: (item) => `Select an answer for question ${item}`,
  missingInline: 'Select an answer',
  errorPrefix: 'Error:',
  resultHeading: 'Your result',
  score: (total, max) => `Your score is ${total} out of ${max}.`,
  band: (name) => `Result: ${name}`,
  bands: {
    minimal: 'Minimal',
    mild: 'Mild',
    moderate: 'Moderate',
    moderatelySevere: 'Moderately severe',
    severe: 'Severe',
    belowCutoff: 'Below the usual cut-off',
    atCutoff: 'At or above the usual cut-off',
  },
  bandMeanings: {
    minimal: 'Your answers suggest few or no symptoms over the last two weeks.',
    mild: 'Your answers suggest mild symptoms. It can help to keep an eye on how you feel.',
    moderate: 'Your answers suggest moderate symptoms. Talking to a clinician could help.',
    moderatelySevere:
      'Your answers suggest moderately severe symptoms. We encourage you to talk to a clinician.',
    severe: 'Your answers suggest severe symptoms. Please talk to a clinician soon.',
    belowCutoff: 'Your answers are below the point where a longer check is usually suggested.',
    atCutoff: 'Your answers suggest a longer check with a clinician would be worthwhile.',
  },
  notDiagnosis:
    'This is a screen, not a diagnosis. Share your result with a clinician, who can talk it through with you.',
  booking: 'Book an appointment to talk it through',
  crisis: {
    heading: 'If you need to talk to someone now',
    urgentHeading: 'Help is available right now',
    urgentIntro:
      'You said you have had thoughts of hurting yourself. You do not have to face this alone: you can talk to someone now, for free, at any time.',
    call: 'Call 988, the Suicide & Crisis Lifeline (press 2 for Spanish)',
    text: 'Text 988',
    spanish: 'In Spanish: text AYUDA to 988',
    emergency: 'In immediate danger, call 911',
    elsewhere: 'Outside the US:',
    elsewhereLink: 'find a helpline at findahelpline.com',
  },
};

const es: ScreenerMessages = {
  privacy: 'Tus respuestas se quedan en este dispositivo y no se envían a ningún sitio.',
  submit: 'Ver mi resultado',
  startAgain: 'Empezar de nuevo',
  continue: 'Continuar',
  back: 'Atrás',
  progress: (current, total) => `Pregunta ${current} de ${total}`,
  errorSummaryTitle: 'Hay un problema',
  missingItem: (item) => `Elige una respuesta para la pregunta ${item}`,
  missingInline: 'Elige una respuesta',
  errorPrefix: 'Error:',
  resultHeading: 'Tu resultado',
  score: (total, max) => `Tu puntuación es ${total} de ${max}.`,
  band: (name) => `Resultado: ${name}`,
  bands: {
    minimal: 'Mínimo',
    mild: 'Leve',
    moderate: 'Moderado',
    moderatelySevere: 'Moderadamente grave',
    severe: 'Grave',
    belowCutoff: 'Por debajo del punto de corte habitual',
    atCutoff: 'En el punto de corte habitual o por encima',
  },
  bandMeanings: {
    minimal: 'Tus respuestas indican pocos síntomas o ninguno en las últimas dos semanas.',
    mild: 'Tus respuestas indican síntomas leves. Puede ayudar prestar atención a cómo te sientes.',
    moderate: 'Tus respuestas indican síntomas moderados. Hablar con un profesional podría ayudar.',
    moderatelySevere:
      'Tus respuestas indican síntomas moderadamente graves. Te animamos a hablar con un profesional.',
    severe: 'Tus respuestas indican síntomas graves. Habla con un profesional pronto.',
    belowCutoff:
      'Tus respuestas están por debajo del punto en que se suele proponer una evaluación más larga.',
    atCutoff:
      'Tus respuestas indican que valdría la pena una evaluación más larga con un profesional.',
  },
  notDiagnosis:
    'Esto es una prueba de detección, no un diagnóstico. Comparte tu resultado con un profesional, que puede comentarlo contigo.',
  booking: 'Pide una cita para hablarlo',
  crisis: {
    heading: 'Si necesitas hablar con alguien ahora',
    urgentHeading: 'Hay ayuda disponible ahora mismo',
    urgentIntro:
      'Has dicho que has tenido pensamientos de hacerte daño. No tienes que pasar por esto a solas: puedes hablar con alguien ahora, gratis, a cualquier hora.',
    call: 'Llama al 988 y marca 2 para español',
    text: 'Envía un mensaje de texto al 988',
    spanish: 'Envía AYUDA por mensaje de texto al 988',
    emergency: 'Si corres peligro inmediato, llama al 911',
    elsewhere: 'Fuera de EE. UU.:',
    elsewhereLink: 'busca una línea de ayuda en findahelpline.com',
  },
};

/** Every shipped screener table, by language code: one for each supported locale. */
export const screenerMessageTables = { en, es } as const satisfies Record<
  SupportedLocale,
  ScreenerMessages
>;

/** The screener's strings for a BCP 47 tag (`es-MX` gives `es`; unknown gives `en`). */
export function screenerMessages(locale: string | undefined): ScreenerMessages {
  return screenerMessageTables[resolveLocale(locale)];
}

/** Crisis links: US call and text lines, Spanish text line, emergency, international fallback. */
export const crisisLinks = {
  call: 'tel:988',
  text: 'sms:988',
  spanish: 'sms:988?body=AYUDA',
  emergency: 'tel:911',
  elsewhere: 'https://findahelpline.com',
} as const;
