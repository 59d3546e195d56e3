// @vitest-environment node
// The editor files shipped in dist/ (generated from custom-elements.json by the build) carry every
// element, attribute and allowed value, and package.json points editors and TypeScript at them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestElements, type Manifest } from '../scripts/reference.mjs';

const read = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), 'utf8');
const json = <T>(file: string) => JSON.parse(read(file)) as T;
const pkg = json<{ 'web-types'?: string; exports: Record<string, unknown>; files: string[] }>(
  'package.json',
);
const elements = manifestElements(json<Manifest>('custom-elements.json'));
const literals = (type = '') => [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);

interface Named {
  name: string;
}

describe('editor support files', () => {
  it('JetBrains web-types: referenced from package.json, every element and attribute with its values', () => {
    expect(pkg['web-types']).toBe('./dist/web-types.json');
    const webTypes = json<{
      contributions: {
        html: { elements: (Named & { attributes: (Named & { value: { type: string } })[] })[] };
      };
    }>(pkg['web-types']!);
    const byTag = new Map(webTypes.contributions.html.elements.map((e) => [e.name, e]));
    for (const element of elements) {
      const documented = byTag.get(element.tagName);
      expect(documented, element.tagName).toBeDefined();
      expect(documented!.attributes.map((a) => [a.name, literals(a.value.type)])).toEqual(
        (element.attributes ?? []).map((a) => [a.name, literals(a.type?.text)]),
      );
    }
  });

  it('VS Code custom data: every element, attribute and enum value, and the token properties', () => {
    expect(pkg.exports['./vscode.html-custom-data.json']).toBe(
      './dist/vscode.html-custom-data.json',
    );
    const html = json<{ tags: (Named & { attributes: (Named & { values: Named[] })[] })[] }>(
      'dist/vscode.html-custom-data.json',
    );
    for (const element of elements) {
      const tag = html.tags.find((candidate) => candidate.name === element.tagName);
      expect(tag, element.tagName).toBeDefined();
      expect(tag!.attributes.map((a) => [a.name, a.values.map((v) => v.name)])).toEqual(
        (element.attributes ?? []).map((a) => [a.name, literals(a.type?.text)]),
      );
    }
    const css = json<{ properties: Named[] }>('dist/vscode.css-custom-data.json');
    expect(css.properties.map((p) => p.name)).toContain('--clinic-color-brand');
  });

  it('JSX types: an entry point that adds every element to React 19 IntrinsicElements', () => {
    expect(pkg.exports['./jsx']).toEqual({ types: './dist/jsx.d.ts', default: './dist/jsx.js' });
    expect(read('dist/jsx.d.ts')).toMatch(
      /declare module 'react' \{\s*namespace JSX \{\s*interface IntrinsicElements extends CustomElements/,
    );
    const types = read('dist/jsx-elements.d.ts');
    for (const element of elements) expect(types).toContain(`"${element.tagName}": Partial<`);
    expect(types).toContain(`theme?: "calm" | "warm" | "dark" | "auto";`);
    expect(types).toContain(`"heading-level"?: "2" | "3" | "4" | "5" | "6";`);
  });
});
