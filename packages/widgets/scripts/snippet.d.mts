export interface SnippetFiles {
  version: string;
  integrity: string;
  stylesheet: { integrity: string };
}
export interface ReleaseRecord {
  version: string | null;
  integrity?: string;
  stylesheet?: { integrity: string };
}
export interface SnippetStatus {
  kind: 'released' | 'changed' | 'unpublished';
  files: SnippetFiles;
  message: string;
}
export declare function cdnFolder(version: string): string;
export declare function snippetTags(files: SnippetFiles): string;
export declare function snippetStatus(
  record: ReleaseRecord,
  version: string,
  build: { integrity: string; stylesheet: { integrity: string } },
): SnippetStatus;
