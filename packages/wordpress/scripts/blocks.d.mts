import type { ClinicElement } from './manifest.mjs';

export interface BlockAttribute {
  type: 'string' | 'boolean';
  source: 'attribute' | 'html';
  selector: string;
  attribute?: string;
  enum?: string[];
  default?: string;
}
export interface BlockMetadata {
  $schema: string;
  apiVersion: number;
  name: string;
  title: string;
  category: string;
  icon: string;
  description: string;
  textdomain: string;
  attributes: Record<string, BlockAttribute>;
  supports: Record<string, boolean>;
  editorScript: string;
  clinicUi: { descriptions: Record<string, string>; urlAttributes: string[]; content: string };
}
export const blockCategory: string;
export const textDomain: string;
export const editorHandle: string;
export function attributeKey(name: string): string;
export function blockName(tag: string): string;
export function blocks(elements?: ClinicElement[]): BlockMetadata[];
export function blockJson(metadata: BlockMetadata): Omit<BlockMetadata, 'clinicUi'>;
