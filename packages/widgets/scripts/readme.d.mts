import type { Manifest } from './reference.mjs';
export declare function replaceBlock(text: string, name: string, content: string): string;
export declare function readmeWithReference(
  readme: string,
  manifest: Manifest,
  filepath: string,
): Promise<string>;
