import type { TestProject } from 'vitest/node';
import { startWordPress, type WordPressOptions, type WordPressSite } from './wordpress.ts';

/** The WordPress and PHP pairs every test runs on. */
export const matrix: WordPressOptions[] = [
  { wp: '6.5', php: '8.3' },
  { wp: '6.4', php: '7.4' },
];

declare module 'vitest' {
  export interface ProvidedContext {
    sites: (WordPressOptions & { url: string })[];
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  // One after another: two wasm PHP boots at once on a 2-core machine are slower than in turn.
  const sites: WordPressSite[] = [];
  // CLINIC_WP_ONLY=6.5 boots one site, for a quicker loop while developing; npm test runs both.
  const only = process.env.CLINIC_WP_ONLY;
  try {
    for (const options of matrix.filter(({ wp }) => !only || wp === only)) {
      const site = await startWordPress(options);
      console.log(
        `wordpress: ${options.wp} on PHP ${options.php} ready at ${site.url} (${Math.round((Date.now() - started) / 1000)} s)`,
      );
      sites.push(site);
    }
  } catch (error) {
    await Promise.all(sites.map((site) => site.stop()));
    throw error;
  }
  project.provide(
    'sites',
    sites.map(({ wp, php, url }) => ({ wp, php, url })),
  );
  return async () => {
    await Promise.all(sites.map((site) => site.stop()));
  };
}
