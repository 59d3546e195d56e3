// Consumer tests from real tarballs: every published package is packed with `npm pack`, installed
// by file path into fresh React + Vite apps outside the workspace, then type-checked, built,
// rendered on the server and in Chromium, as a user installing from the registry would.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockTexts, calmText, serverHtml } from './support/blocks';
import { closeBrowser, openPage } from './support/browser';
import {
  clinicPackagesInLock,
  createConsumer,
  fixtures,
  installedVersion,
  typecheck,
  viteBuild,
  type Consumer,
  type ReactMajor,
} from './support/consumer';
import {
  manifestTargets,
  packAll,
  publishedPackages,
  tarballFiles,
  tarballManifest,
  type PublishedName,
  type Tarballs,
} from './support/pack';
import { run, runOk, timed, timings } from './support/run';
import { serve } from './support/serve';

const reactMajors: ReactMajor[] = [19, 18];
const packageNames = Object.keys(publishedPackages) as PublishedName[];

let temp: string;
let tarballs: Tarballs;
const consumers = new Map<ReactMajor, Consumer>();
/** Each consumer's `vite build`, started once and shared by the tests that need dist/. */
const builds = new Map<ReactMajor, ReturnType<typeof viteBuild>>();

function consumer(react: ReactMajor): Consumer {
  const found = consumers.get(react);
  if (!found) throw new Error(`the React ${react} consumer was not installed (see beforeAll)`);
  return found;
}

function built(react: ReactMajor) {
  let build = builds.get(react);
  if (!build) {
    build = timed(`vite build (React ${react})`, () => viteBuild(consumer(react)));
    builds.set(react, build);
  }
  return build;
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'clinic-ui-consumers-'));
  tarballs = await timed('packing the three packages (npm pack)', () =>
    packAll(join(temp, 'tarballs')),
  );
  // Both installs at once: they mostly wait on the disk and the (warm) npm cache.
  const installed = await Promise.all(
    reactMajors.map((react) =>
      timed(`installing the tarballs into the React ${react} consumer (npm install)`, () =>
        createConsumer(join(temp, `react-${react}`), react, tarballs),
      ),
    ),
  );
  for (const installedConsumer of installed)
    consumers.set(installedConsumer.react, installedConsumer);
});

afterAll(async () => {
  await closeBrowser();
  if (temp && !process.env.CLINIC_KEEP_TEMP) rmSync(temp, { recursive: true, force: true });
  console.log(timings.map(([step, ms]) => `${step}: ${(ms / 1000).toFixed(1)} s`).join('\n'));
});

describe('the packed tarballs', () => {
  it.each(packageNames)(
    '%s ships every file its manifest points at, its LICENSE, and CSS marked as a side effect',
    async (name) => {
      const files = new Set(await tarballFiles(tarballs[name]));
      const manifest = await tarballManifest(tarballs[name]);
      // A subpath pattern (`./tokens/*.tokens.json`) must match at least one shipped file.
      const ships = (path: string) =>
        path.includes('*')
          ? [...files].some((file) =>
              new RegExp(
                `^${path
                  .split('*')
                  .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
                  .join('[^/]+')}$`,
              ).test(file),
            )
          : files.has(path);
      const missing = manifestTargets(manifest)
        .filter(([, path]) => !ships(path))
        .map(([field, path]) => `${field} -> ${path}`);
      expect(
        missing,
        `${name}'s tarball lacks files its package.json points at (is "files" right, and was it built?). Tarball holds: ${[...files].join(', ')}`,
      ).toEqual([]);
      expect(files.has('LICENSE'), `${name}'s tarball has no LICENSE`).toBe(true);
      // Vite keeps imported CSS whatever sideEffects says, but webpack and others drop a CSS import
      // from a package that declares itself free of side effects: the stylesheet must be covered.
      const css = manifestTargets(manifest).filter(([, path]) => path.endsWith('.css'));
      const { sideEffects } = manifest;
      const cssKept =
        sideEffects === undefined ||
        sideEffects === true ||
        (Array.isArray(sideEffects) &&
          sideEffects.some((pattern) => typeof pattern === 'string' && pattern.endsWith('.css')));
      if (css.length > 0)
        expect(
          cssKept,
          `${name} exports ${css.map(([, path]) => path).join(', ')} but "sideEffects" is ${JSON.stringify(sideEffects)}: bundlers may drop \`import '${name}/styles.css'\``,
        ).toBe(true);
    },
  );
});

describe.each(reactMajors)('a React %i + Vite app installing the tarballs', (react) => {
  it('installs them as real packages, without peer conflicts or registry copies', () => {
    const app = consumer(react);
    expect(installedVersion(app, 'react').split('.')[0]).toBe(String(react));
    const output = `${app.install.stdout}\n${app.install.stderr}`;
    expect(output, 'npm reported a peer dependency problem').not.toMatch(/ERESOLVE|peer dep/i);
    const entries = clinicPackagesInLock(app);
    // Exactly the three published packages, each once, each from its tarball (tokens too, as
    // @clinic-ui/react's dependency), none symlinked into the workspace.
    expect(entries.map((entry) => entry.path).sort()).toEqual(
      packageNames.map((name) => `node_modules/${name}`).sort(),
    );
    for (const entry of entries) {
      expect(entry.resolved, entry.path).toMatch(/^file:.*\.tgz$/);
      expect(entry.linked, `${entry.path} is a symlink`).toBe(false);
    }
  });

  it('type-checks against the published declarations (tsc --noEmit)', async () => {
    await timed(`tsc --noEmit (React ${react})`, () => typecheck(consumer(react)));
  });

  it('builds with vite, keeping the theme variables and every block style', async () => {
    await built(react);
    const dir = consumer(react).dir;
    const assets = join(dir, 'dist/assets');
    const cssFiles = readdirSync(assets).filter((file) => file.endsWith('.css'));
    expect(cssFiles, 'vite build emitted no CSS: the styles.css import was dropped').not.toEqual(
      [],
    );
    const css = cssFiles.map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
    expect(css, 'theme variables missing from the built CSS').toContain('--clinic-color-brand');
    // Every class the published block stylesheet defines must reach the app's CSS.
    const blocksCss = readFileSync(
      join(dir, 'node_modules/@clinic-ui/react/dist/blocks.css'),
      'utf8',
    );
    const classes = [...new Set(blocksCss.match(/\.[A-Za-z_][\w-]*/g) ?? [])];
    expect(classes.length).toBeGreaterThan(20);
    const lost = classes.filter((name) => !css.includes(name));
    expect(lost, 'block styles missing from the built CSS').toEqual([]);
  });

  it('renders every block in Chromium, styled by the theme, with no console errors', async () => {
    await built(react);
    const server = await serve(join(consumer(react).dir, 'dist'));
    const { page, problems } = await openPage(server.url);
    try {
      await page.waitForSelector('[data-block="Faq"] button', { timeout: 15_000 });
      // innerText holds only rendered, visible text (not display: none or hidden content).
      const shown = await page.evaluate((): Record<string, string> =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('[data-block]')].map((element) => [
            element.dataset.block ?? '',
            element.innerText,
          ]),
        ),
      );
      for (const [block, texts] of Object.entries(blockTexts)) {
        expect(shown[block], `${block} is not on the page`).toBeDefined();
        for (const text of texts) expect(shown[block], `${block} shows "${text}"`).toContain(text);
      }
      const theme = await page.evaluate(() => ({
        heading: getComputedStyle(document.querySelector('[data-block="KeyTakeaways"] h2')!).color,
        brand: getComputedStyle(document.documentElement)
          .getPropertyValue('--clinic-color-brand')
          .trim(),
      }));
      expect(theme.brand, '--clinic-color-brand is not set on :root').not.toBe('');
      expect(theme.heading, 'KeyTakeaways heading colour').toBe(calmText);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe('JSX types for the elements (@clinic-ui/widgets/jsx) in the React 19 app', () => {
  /** One `tsc --noEmit` over fixtures/consumer/jsx-types, with the app's settings: errors by file. */
  let errors: Map<string, string[]>;
  beforeAll(async () => {
    const dir = consumer(19).dir;
    const result = await timed('tsc --noEmit (JSX types)', () =>
      run(
        process.execPath,
        [join(dir, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'jsx-types'],
        dir,
      ),
    );
    errors = new Map();
    for (const line of result.stdout.split('\n')) {
      const file = /^jsx-types\/([\w-]+)\.tsx\(/.exec(line)?.[1];
      if (file) errors.set(file, [...(errors.get(file) ?? []), line]);
    }
    // Every error line belongs to a fixture: no error elsewhere (in the package's own types).
    expect(
      result.stdout
        .split('\n')
        .filter((line) => /error TS/.test(line) && !/^jsx-types\//.test(line)),
    ).toEqual([]);
  });

  it('accepts the documented attributes, values and event', () => {
    expect(errors.get('right')).toBeUndefined();
  });

  it('rejects a theme that is not a built-in one', () => {
    expect(errors.get('wrong-value')).toEqual([
      expect.stringMatching(
        /\(4,\d+\): error TS2322: Type '"midnight"' is not assignable to type '(?=.*"calm")(?=.*"dark")/,
      ),
    ]);
  });

  it('rejects an attribute the element does not have', () => {
    expect(errors.get('wrong-name')).toEqual([
      expect.stringMatching(
        /\(5,\d+\): error TS2322: Type '{ heding: string; }' is not assignable/,
      ),
    ]);
  });
});

describe('server rendering in the React 19 app', () => {
  it('renders every block with react-dom/server from the installed package', async () => {
    const { stdout } = await timed('node ssr.mjs', () =>
      runOk(process.execPath, ['ssr.mjs'], consumer(19).dir),
    );
    const html = JSON.parse(stdout) as Record<string, string>;
    expect(Object.keys(html).sort()).toEqual(Object.keys(blockTexts).sort());
    for (const [block, expected] of Object.entries(blockTexts)) {
      for (const text of [...expected, ...(serverHtml[block] ?? [])])
        expect(html[block], `${block}'s server HTML holds ${text}`).toContain(text);
      expect(html[block]).not.toContain('undefined');
    }
  });
});

describe('the script tag from the packed widgets tarball', () => {
  it('renders <clinic-*> elements in shadow roots on a plain HTML page', async () => {
    const bundle = join(consumer(19).dir, 'node_modules/@clinic-ui/widgets/dist/clinic-ui.js');
    const server = await serve(join(fixtures, 'widgets'), { '/clinic-ui.js': bundle });
    const { page, problems } = await openPage(server.url);
    try {
      await page.waitForFunction(
        () =>
          ['clinic-key-takeaways', 'clinic-faq'].every((tag) =>
            document.querySelector(tag)?.shadowRoot?.querySelector('[part="block"]'),
          ),
        undefined,
        { timeout: 15_000 },
      );
      const rendered = await page.evaluate(() =>
        ['clinic-key-takeaways', 'clinic-faq'].map((tag) => {
          const shadow = document.querySelector(tag)!.shadowRoot!;
          const heading = shadow.querySelector('h2');
          return {
            tag,
            text: (shadow.querySelector('[part="block"]') as HTMLElement).innerText,
            sheets: shadow.adoptedStyleSheets.length,
            headingColour: heading && getComputedStyle(heading).color,
          };
        }),
      );
      expect(rendered).toEqual([
        {
          tag: 'clinic-key-takeaways',
          text: expect.stringContaining('Sleep and routine matter.') as unknown,
          sheets: 1,
          headingColour: calmText,
        },
        {
          tag: 'clinic-faq',
          text: expect.stringContaining('How long does a visit take?') as unknown,
          sheets: 1,
          headingColour: calmText,
        },
      ]);
      expect(rendered[0]?.text).toContain('Key takeaways');
      expect(rendered[1]?.text).toContain('Is it private?');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
