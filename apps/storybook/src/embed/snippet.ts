import integrity from '@clinic-ui/widgets/integrity.json';
import widgetsPackage from '@clinic-ui/widgets/package.json';

/** The published version of `@clinic-ui/widgets` these pages document. */
export const widgetsVersion: string = widgetsPackage.version;

/** The bundle on jsDelivr, pinned to that version (an unpinned URL would change under the hash). */
export const bundleUrl = `https://cdn.jsdelivr.net/npm/@clinic-ui/widgets@${widgetsVersion}/dist/clinic-ui.js`;

/** Subresource Integrity hash of that exact file, written by the widgets' build. */
export const bundleIntegrity: string = integrity.integrity;

/** The one script tag a page needs, once, wherever the CMS allows it. */
export const scriptTag = `<script
  src="${bundleUrl}"
  integrity="${bundleIntegrity}"
  crossorigin="anonymous"
  defer
></script>`;

/**
 * What a marketer pastes: the script tag, then the example's elements. The live example renders
 * the same `example` string, so the two cannot drift apart.
 */
export function embedSnippet(example: string): string {
  return `${scriptTag}\n\n${example.trim()}\n`;
}
