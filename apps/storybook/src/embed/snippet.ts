import integrity from '@clinic-ui/widgets/integrity.json';
import widgetsPackage from '@clinic-ui/widgets/package.json';
import {
  screenerSnippetTag,
  snippetStatus,
  snippetTags as tagsFor,
  type SnippetStatus,
} from '../../../../packages/widgets/scripts/snippet.mjs';
import releaseRecord from '../../../../packages/widgets/release-integrity.json';

/** The version of `@clinic-ui/widgets` these pages document. */
export const widgetsVersion: string = widgetsPackage.version;

/**
 * Whether this build is the published file of its version (then the snippet carries its hashes),
 * differs from it (unreleased changes: the snippet keeps the published file's hashes, and the
 * pages say so), or is of a version not published yet (the build's hashes, said plainly).
 */
export const snippet: SnippetStatus = snippetStatus(releaseRecord, widgetsVersion, integrity);

/** The two tags a page needs, once, in the <head> or wherever the CMS allows. */
export const snippetTags = tagsFor(snippet.files);

/**
 * The self-screener's own script tag (`clinic-screener.js`), for pages with a `<clinic-screener>`.
 * A version released before the screener shipped has none: the pages then say so.
 */
export const screenerTag: string | undefined = snippet.files.screener
  ? screenerSnippetTag({ version: snippet.files.version, screener: snippet.files.screener })
  : undefined;

/**
 * What a marketer pastes: the stylesheet link and script tag (and, with `screener`, the
 * self-screener's script), then the example's elements. The live example renders the same
 * `example` string, so the two cannot drift apart.
 */
export function embedSnippet(example: string, { screener = false } = {}): string {
  const tags = screener && screenerTag ? `${snippetTags}\n${screenerTag}` : snippetTags;
  return `${tags}\n\n${example.trim()}\n`;
}
