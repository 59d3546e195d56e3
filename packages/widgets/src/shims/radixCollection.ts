// What the Radix accordion needs of `unstable_createCollection`, built on Radix's own stable
// `createCollection` (the same package). The unstable one keeps its items in `OrderedDict`, a Map
// subclass of some forty methods that no bundler can drop one by one; the accordion calls four
// of them, for arrow-key moves between its triggers. The widgets build (scripts/build.mjs) points
// the accordion's import here; the React package keeps Radix as published.
import { createCollection } from '@radix-ui/react-collection';

type Entry = [HTMLElement, { element: HTMLElement }];

/** The accordion's view of its triggers, in document order. */
interface Triggers {
  readonly size: number;
  filter(keep: (entry: Entry) => boolean): Triggers;
  findIndex(match: (entry: Entry) => boolean): number;
  at(index: number): Entry[1] | undefined;
}

function triggers(entries: Entry[]): Triggers {
  return {
    size: entries.length,
    filter: (keep) => triggers(entries.filter(keep)),
    findIndex: (match) => entries.findIndex(match),
    at: (index) => entries.at(index)?.[1],
  };
}

export function unstable_createCollection(name: string) {
  const [Collection, useCollection, createCollectionScope] = createCollection<HTMLElement>(name);
  return [
    Collection,
    {
      createCollectionScope,
      useGetCollection(scope: Parameters<typeof useCollection>[0]) {
        const getItems = useCollection(scope);
        return () =>
          triggers(
            getItems().flatMap(({ ref: { current } }) =>
              current ? [[current, { element: current }] satisfies Entry] : [],
            ),
          );
      },
    },
  ] as const;
}
