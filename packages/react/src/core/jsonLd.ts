// schema.org structured data, typed with schema-dts (types only: nothing of it reaches a bundle).
import type { FAQPage, MedicalWebPage, Person, WithContext } from 'schema-dts';
import { parseCalendarDate } from './date';
import { isHttpOrRelativeUrl } from './url';

/**
 * Serialises structured data for a `<script type="application/ld+json">`. `<`, `>` and `&` are
 * escaped as JSON unicode escapes, so no value can close the script element or open a comment;
 * U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A person as a byline names them. */
export interface JsonLdPerson {
  name: string;
  credentials?: string;
  url?: string;
}

/** What a `MedicalWebPage` is built from: the byline's people and dates, and the page. */
export interface MedicalWebPageInput {
  author?: JsonLdPerson;
  reviewer?: JsonLdPerson;
  /** `YYYY-MM-DD`. */
  published?: string;
  /** `YYYY-MM-DD`. */
  reviewed?: string;
  headline?: string;
  pageUrl?: string;
}

function personJsonLd(person: JsonLdPerson | undefined): Person | undefined {
  const name = person?.name?.trim();
  if (!person || !name) return undefined;
  const url = person.url?.trim();
  const credentials = person.credentials?.trim();
  return {
    '@type': 'Person',
    name,
    ...(url && isHttpOrRelativeUrl(url) ? { url } : {}),
    ...(credentials ? { honorificSuffix: credentials } : {}),
  };
}

/**
 * The schema.org `MedicalWebPage` object for a byline, holding only the parts that are valid:
 * people without a name, unsafe URLs and impossible dates are left out. Pure; never reports.
 */
export function buildMedicalWebPageJsonLd(input: MedicalWebPageInput): WithContext<MedicalWebPage> {
  const author = personJsonLd(input.author);
  const reviewedBy = personJsonLd(input.reviewer);
  const published = parseCalendarDate(input.published);
  const reviewed = parseCalendarDate(input.reviewed);
  const headline = input.headline?.trim();
  const url = input.pageUrl?.trim();
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    ...(headline ? { headline } : {}),
    ...(url && isHttpOrRelativeUrl(url) ? { url } : {}),
    ...(author ? { author } : {}),
    ...(reviewedBy ? { reviewedBy } : {}),
    ...(published ? { datePublished: published.iso } : {}),
    ...(reviewed ? { lastReviewed: reviewed.iso } : {}),
  };
}

/** A question and its answer as plain text. */
export interface PlainQuestion {
  question: string;
  answer: string;
}

/** schema.org `FAQPage`: one `Question` with its `acceptedAnswer` per item. */
export function buildFaqPageJsonLdFromText(
  questions: readonly PlainQuestion[],
): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: questions.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}
