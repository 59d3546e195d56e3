import type { Manifest } from './reference.mjs';
import type { ReleaseRecord } from './snippet.mjs';
export declare function replaceBlock(text: string, name: string, content: string): string;
export declare function readmeWithReference(
  readme: string,
  manifest: Manifest,
  filepath: string,
): Promise<string>;
export declare function snippetMarkdown(record: ReleaseRecord): string;
export declare function readmeWithSnippet(
  readme: string,
  record: ReleaseRecord,
  filepath: string,
): Promise<string>;
