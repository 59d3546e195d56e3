import integrity from '@clinic-ui/widgets/integrity.json';
import widgetsPackage from '@clinic-ui/widgets/package.json';
import {
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
 * What a marketer pastes: the stylesheet link and script tag, then the example's elements. The live example renders
 * the same `example` string, so the two cannot drift apart.
 */
export function embedSnippet(example: string): string {
  return `${snippetTags}\n\n${example.trim()}\n`;
}
