/// <reference types="vite/client" />
// custom-elements.json documents exactly the attributes each element observes (so every
// documented attribute re-renders the element, and none it reads goes undocumented).
import { describe, expect, it } from 'vitest';
import manifest from '../custom-elements.json';
import { manifestElements } from '../scripts/reference.mjs';

// Every element class, by its source module, as the manifest names them.
const modules = import.meta.glob<Record<string, { observedAttributes?: string[] }>>(
  './elements/*/*.ts',
  { eager: true },
);
const elements = manifestElements(manifest);
const moduleOf = new Map(
  (
    manifest as { modules: { path: string; declarations?: { tagName?: string }[] }[] }
  ).modules.flatMap((module) =>
    (module.declarations ?? []).map((declaration) => [declaration.tagName, module.path]),
  ),
);

describe('custom-elements.json against the element classes', () => {
  it('documents one element per element module', () => {
    expect(elements.length).toBe(Object.keys(modules).length);
  });

  it.each(elements.map((element) => [element.tagName, element] as const))(
    '<%s>: documents exactly the attributes it observes',
    (tag, element) => {
      const path = moduleOf.get(tag)!;
      const elementClass = modules[`./${path.replace(/^src\//, '')}`]?.[element.name];
      expect(elementClass?.observedAttributes, `${element.name} in ${path}`).toBeDefined();
      expect((element.attributes ?? []).map((attribute) => attribute.name).sort()).toEqual(
        [...elementClass!.observedAttributes!].sort(),
      );
    },
  );
});
