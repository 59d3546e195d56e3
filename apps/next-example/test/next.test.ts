// The Next.js App Router example, built from the packed tarballs: each page's server HTML holds
// its content and JSON-LD; the browser gets no Clinic UI JavaScript for static blocks and no more
// than the committed budget for the FAQ page; nothing warns about hydration in Chromium.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, getBrowser } from '../../package-tests/src/support/browser';
import { timed, timings } from '../../package-tests/src/support/run';
import { appDir, createApp, nextBuild, nextStart, packClinicUi, type Started } from './app';

const budget = JSON.parse(readFileSync(join(appDir, 'budget.json'), 'utf8')) as Record<
  string,
  number
>;

let temp: string;
let dir: string;
let server: Started;

beforeAll(async () => {
  // CLINIC_NEXT_APP=<folder of an app this test built and kept> skips straight to `next start`.
  const reuse = process.env.CLINIC_NEXT_APP;
  if (reuse) {
    dir = reuse;
    server = await timed('next start', () => nextStart(dir));
    return;
  }
  temp = mkdtempSync(join(tmpdir(), 'clinic-ui-next-'));
  dir = join(temp, 'app');
  const tarballs = await timed('packing tokens and react', () => packClinicUi(temp));
  await timed('installing the Next.js app (npm install)', () => createApp(dir, tarballs));
  await timed('next build', () => nextBuild(dir));
  server = await timed('next start', () => nextStart(dir));
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
  if (temp && !process.env.CLINIC_KEEP_TEMP) rmSync(temp, { recursive: true, force: true });
  console.log(timings.map(([step, ms]) => `${step}: ${(ms / 1000).toFixed(1)} s`).join('\n'));
});

async function html(path: string): Promise<string> {
  const response = await fetch(server.url + path);
  expect(response.status, `${path} answers`).toBe(200);
  return response.text();
}

/** The JSON-LD objects in a page's HTML, parsed. */
function jsonLd(page: string): { '@type': string }[] {
  return [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    ([, json]) => JSON.parse(json!) as { '@type': string },
  );
}

/** The script files a page's HTML makes the browser load. */
function scripts(page: string): Set<string> {
  return new Set([...page.matchAll(/<script src="([^"]+\.js)"/g)].map(([, src]) => src!));
}

/** A built chunk's bytes and the sources its source map names. */
function chunk(src: string): { gzip: number; sources: string[] } {
  const file = join(dir, '.next', src.replace(/^\/_next\//, '').split('?')[0]!);
  const code = readFileSync(file);
  const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code.toString('utf8'))?.[1];
  expect(mapName, `${src} names its source map (productionBrowserSourceMaps)`).toBeDefined();
  const map = join(dirname(file), mapName!);
  expect(existsSync(map), `${src}'s source map ${mapName} exists`).toBe(true);
  const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
  return { gzip: gzipSync(code, { level: 9 }).length, sources };
}

const isClinicUi = (source: string) => source.includes('@clinic-ui/');

/** The class names of the Clinic UI stylesheet: every block module's JavaScript holds some. */
function clinicClassNames(): string[] {
  const css = readFileSync(join(dir, 'node_modules/@clinic-ui/react/dist/blocks.css'), 'utf8');
  return [...new Set(css.match(/\.[A-Za-z_][\w-]{5,}/g) ?? [])].map((name) => name.slice(1));
}

/**
 * What a page loads over the empty page: the extra chunks (gzip bytes, sources from their maps),
 * and every loaded file holding a Clinic UI class name.
 */
async function extraOverEmpty(path: string) {
  const base = scripts(await html('/empty'));
  const loaded = scripts(await html(path));
  const extra = [...loaded].filter((src) => !base.has(src)).map((src) => ({ src, ...chunk(src) }));
  const classNames = clinicClassNames();
  expect(classNames.length).toBeGreaterThan(20);
  const withClassNames = [...loaded].filter((src) => {
    const code = readFileSync(join(dir, '.next', src.replace(/^\/_next\//, '')), 'utf8');
    return classNames.some((name) => code.includes(`"${name}`) || code.includes(` ${name}`));
  });
  return { extra, withClassNames, gzip: extra.reduce((sum, { gzip }) => sum + gzip, 0) };
}

describe('the Next.js App Router example (next build, packed tarballs)', () => {
  it('serves / with every static block in the HTML, and the byline JSON-LD', async () => {
    const page = await html('/');
    for (const text of [
      'Key takeaways',
      'Sleep, movement and daylight',
      'Dr. Ilse Varrow',
      'Tomas Brenley',
      'href="/quiz/depression"',
      'href="/book"',
      'href="tel:+15550142"',
      'Now accepting new patients',
    ])
      expect(page, `/ holds ${text}`).toContain(text);
    expect(jsonLd(page).map((data) => data['@type'])).toEqual(['MedicalWebPage']);
  });

  it('serves /faq with every question, answer and comparison cell in the HTML, and FAQPage JSON-LD', async () => {
    const page = await html('/faq');
    for (const text of [
      'Do I need a referral to book at Fernhollow?',
      // Closed answers are in the HTML too (hidden until opened).
      'nothing is recorded',
      '<caption',
      'Care options at Fernhollow',
      'Two to six weeks',
    ])
      expect(page, `/faq holds ${text}`).toContain(text);
    expect(jsonLd(page).map((data) => data['@type'])).toEqual(['FAQPage']);
  });

  it('serves /article with all blocks, both JSON-LD graphs and next/link links', async () => {
    const page = await html('/article');
    for (const text of ['Key takeaways', 'Dr. Ilse Varrow', 'Care options at Fernhollow'])
      expect(page).toContain(text);
    expect(page).toContain('href="/faq"');
    expect(
      jsonLd(page)
        .map((data) => data['@type'])
        .sort(),
    ).toEqual(['FAQPage', 'MedicalWebPage']);
  });

  it('sends no Clinic UI JavaScript for /, and at most 1 kB of Next.js noise over an empty page', async () => {
    const { extra, withClassNames, gzip } = await extraOverEmpty('/');
    const clinic = extra.flatMap(({ sources }) => sources.filter(isClinicUi));
    expect(clinic, 'Clinic UI modules in the JavaScript / adds').toEqual([]);
    expect(withClassNames, 'scripts / loads that hold Clinic UI code').toEqual([]);
    console.log(`/ loads ${gzip} B gzip of JavaScript over /empty (${extra.length} chunks)`);
    expect(gzip).toBeLessThanOrEqual(budget['/']!);
  });

  it('sends /faq only the accordion island, within its committed budget', async () => {
    const { extra, withClassNames, gzip } = await extraOverEmpty('/faq');
    // The class-name check does see Clinic UI code where there is some.
    expect(withClassNames).not.toEqual([]);
    const clinic = extra.flatMap(({ sources }) => sources.filter(isClinicUi));
    console.log(
      `/faq loads ${gzip} B gzip of JavaScript over /empty (budget ${budget['/faq']} B); Clinic UI modules: ${clinic.join(', ')}`,
    );
    // The island is the accordion (and what it imports); no static block comes along.
    expect(clinic.some((source) => source.includes('Accordion/Accordion.js'))).toBe(true);
    expect(
      clinic.filter((source) => /(KeyTakeaways|Byline|QuizCta|BookingCta)\//.test(source)),
    ).toEqual([]);
    expect(gzip).toBeLessThanOrEqual(budget['/faq']!);
  });

  it('hydrates every page in Chromium with no warning or error, and the FAQ answers clicks', async () => {
    const browser = await getBrowser();
    for (const path of ['/', '/faq', '/article']) {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (['error', 'warning'].includes(message.type()))
          problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      if (path !== '/') {
        // The island is live: a click opens a closed answer.
        const question = page.getByRole('button', {
          name: 'Are online sessions as private as visits in person?',
        });
        await question.click();
        await expect
          .poll(() => question.getAttribute('aria-expanded'), { timeout: 10_000 })
          .toBe('true');
      }
      expect(problems, `${path} in Chromium`).toEqual([]);
      await page.close();
    }
  });
});
