// The pinned snippet (stylesheet link and deferred script, each with its integrity), in one place
// for the README (scripts/release-snippet.mjs) and Storybook's embed pages and snippet builder.

/** The package's folder on jsDelivr, pinned to one version (an unpinned URL would change under the hash). */
export const cdnFolder = (version) =>
  `https://cdn.jsdelivr.net/npm/@clinic-ui/widgets@${version}/dist`;

/** The two tags a page needs once: `{ version, integrity, stylesheet: { integrity } }` in. */
export function snippetTags({ version, integrity, stylesheet }) {
  const folder = cdnFolder(version);
  return `<link
  rel="stylesheet"
  href="${folder}/clinic-ui.css"
  integrity="${stylesheet.integrity}"
  crossorigin="anonymous"
/>
<script
  src="${folder}/clinic-ui.js"
  integrity="${integrity}"
  crossorigin="anonymous"
  defer
></script>`;
}

/**
 * The self-screener's own script tag, for pages with a `<clinic-screener>`: after the two tags
 * above, or alone (it carries its own styles). `{ version, screener: { integrity } }` in.
 */
export function screenerSnippetTag({ version, screener }) {
  return `<script
  src="${cdnFolder(version)}/clinic-screener.js"
  integrity="${screener.integrity}"
  crossorigin="anonymous"
  defer
></script>`;
}

/**
 * Which snippet is true for a build: the released record (release-integrity.json, written when a
 * version is cut) against the package's version and the build's own hashes.
 * - `released`: this build is the published file of this version; the snippet uses its hashes.
 * - `changed`: this version is published, but this build differs from it (unreleased changes);
 *   the snippet keeps the published file's hashes, which are the ones browsers will accept.
 * - `unpublished`: this version has not been released; the hashes are this build's.
 */
export function snippetStatus(record, version, build) {
  if (record.version !== version) {
    return {
      kind: 'unpublished',
      files: {
        version,
        integrity: build.integrity,
        stylesheet: build.stylesheet,
        screener: build.screener,
      },
      message: `Version ${version} of @clinic-ui/widgets has not been published yet, so these URLs will not load until it is. The integrity values are those of this build; the release writes the final ones.`,
    };
  }
  const same =
    record.integrity === build.integrity &&
    record.stylesheet.integrity === build.stylesheet.integrity &&
    record.screener?.integrity === build.screener?.integrity;
  if (same) return { kind: 'released', files: record, message: '' };
  return {
    kind: 'changed',
    files: record,
    message: `This page was built from changes that are not released yet. The live preview runs this build; the snippet loads version ${version} as published, which does not have those changes, and carries that published file's integrity.`,
  };
}
