export interface ElementAttribute {
  name: string;
  description: string;
  type?: string;
}
export interface ClinicElement {
  tag: string;
  summary: string;
  description: string;
  attributes: ElementAttribute[];
  hasContent: boolean;
  slotDescription: string;
}
export const widgetsDir: string;
export const widgetsVersion: string;
export function isUrlAttribute(name: string): boolean;
export function readElements(): ClinicElement[];
