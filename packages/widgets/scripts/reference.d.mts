export interface ManifestAttribute {
  name: string;
  type?: { text: string };
  description?: string;
}
export interface ManifestItem {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
export interface ManifestElement {
  tagName: string;
  name: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  events?: ManifestItem[];
  cssProperties?: ManifestItem[];
}
export interface Manifest {
  modules: { declarations?: (Partial<ManifestElement> & { customElement?: boolean })[] }[];
}
export interface ReferenceTable {
  title: string;
  columns: string[];
  rows: string[][];
}
export declare function manifestElements(manifest: Manifest): ManifestElement[];
export declare function attributeValues(attribute: ManifestAttribute): string;
export declare function elementTables(element: ManifestElement): ReferenceTable[];
export declare function sharedCssProperties(manifest: Manifest): ReferenceTable;
export declare function markdownTable(table: ReferenceTable): string;
export declare function referenceMarkdown(manifest: Manifest): string;
