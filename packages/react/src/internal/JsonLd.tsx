import { serializeJsonLd } from '../core/jsonLd';

/** Renders structured data as a JSON-LD script element, safely serialised. */
export function JsonLd({ data }: { data: object }) {
  // The content is JSON with every markup-significant character escaped, never HTML.
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
