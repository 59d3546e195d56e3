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

/** Renders structured data as a JSON-LD script element, safely serialised. */
export function JsonLd({ data }: { data: object }) {
  // The content is JSON with every markup-significant character escaped above, never HTML.
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
