export interface SnippetFiles {
  version: string;
  integrity: string;
  stylesheet: { integrity: string };
  /** clinic-screener.js; absent from records of versions cut before it shipped. */
  screener?: { integrity: string };
}
export interface ReleaseRecord {
  version: string | null;
  integrity?: string;
  stylesheet?: { integrity: string };
  screener?: { integrity: string };
}
export interface SnippetStatus {
  kind: 'released' | 'changed' | 'unpublished';
  files: SnippetFiles;
  message: string;
}
export declare function cdnFolder(version: string): string;
export declare function snippetTags(files: SnippetFiles): string;
export declare function screenerSnippetTag(files: {
  version: string;
  screener: { integrity: string };
}): string;
export declare function snippetStatus(
  record: ReleaseRecord,
  version: string,
  build: { integrity: string; stylesheet: { integrity: string }; screener?: { integrity: string } },
): SnippetStatus;
