import integrity from '@clinic-ui/widgets/integrity.json';
import widgetsPackage from '@clinic-ui/widgets/package.json';

/** The published version of `@clinic-ui/widgets` these pages document. */
export const widgetsVersion: string = widgetsPackage.version;

/** The package's folder on jsDelivr, pinned to that version (an unpinned URL would change under the hash). */
const cdnFolder = `https://cdn.jsdelivr.net/npm/@clinic-ui/widgets@${widgetsVersion}/dist`;

/** The bundle, and the Subresource Integrity hash of that exact file (written by the build). */
export const bundleUrl = `${cdnFolder}/clinic-ui.js`;
export const bundleIntegrity: string = integrity.integrity;

/** The pre-upgrade stylesheet (each element's final box before the script runs), and its hash. */
export const stylesheetUrl = `${cdnFolder}/clinic-ui.css`;
export const stylesheetIntegrity: string = integrity.stylesheet.integrity;

/** The two tags a page needs, once, in the <head> or wherever the CMS allows. */
export const snippetTags = `<link
  rel="stylesheet"
  href="${stylesheetUrl}"
  integrity="${stylesheetIntegrity}"
  crossorigin="anonymous"
/>
<script
  src="${bundleUrl}"
  integrity="${bundleIntegrity}"
  crossorigin="anonymous"
  defer
></script>`;

/**
 * What a marketer pastes: the stylesheet link and script tag, then the example's elements. The live example renders
 * the same `example` string, so the two cannot drift apart.
 */
export function embedSnippet(example: string): string {
  return `${snippetTags}\n\n${example.trim()}\n`;
}
