// @vitest-environment node
// The built package as React Server Components see it. Each page of test/rsc/pages.mjs is rendered
// to the Flight payload in a Node process with the `react-server` condition and React's own
// loader, which turns every module marked 'use client' into a client reference (what Next.js and
// other RSC frameworks do with their bundlers). The payload lists each client module the browser
// would have to load: static blocks must list none.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./test/rsc/render.mjs', import.meta.url));
const built = fileURLToPath(new URL('../dist/index.js', import.meta.url));

interface Rendered {
  payload: string;
  clientModules: string[];
  errors: string[];
}

async function renderPage(page: string): Promise<Rendered> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=react-server', script, page],
    { env: { ...process.env, NODE_ENV: 'production' } },
  );
  return JSON.parse(stdout) as Rendered;
}

describe('React Server Components (the built package)', () => {
  it('is built (npm run build) before this test runs', () => {
    expect(existsSync(built), `${built} is missing: build @clinic-ui/react first`).toBe(true);
  });

  it('renders the static blocks on the server with no client component at all', async () => {
    const { payload, clientModules, errors } = await renderPage('static');
    // No errors also means no event handler: without onCtaClick, a call to action attaches none.
    expect(errors).toEqual([]);
    expect(clientModules).toEqual([]);
    for (const text of [
      'Sleep shapes mood.',
      'Mara Quell',
      // The byline's own locale prop works on the server.
      'Escrito por',
      'MedicalWebPage',
      '/quiz/adhd',
      'tel:+15550100',
      'Now accepting new patients',
    ])
      expect(payload, `payload holds ${text}`).toContain(text);
  });

  it('renders the FAQ and the table on the server, with the accordion as the one client island', async () => {
    const { payload, clientModules, errors } = await renderPage('interactive');
    expect(errors).toEqual([]);
    expect(clientModules).toEqual(['Accordion/Accordion.js#Accordion']);
    // The questions, answers, table and JSON-LD are in the server's output, not built in the browser.
    for (const text of ['Is it private?', 'Yes, always.', 'FAQPage', 'Care options', 'Chemistry'])
      expect(payload, `payload holds ${text}`).toContain(text);
    expect(payload).toContain('"caption"');
  });

  it('keeps ClinicLocaleProvider a client component', async () => {
    const { payload, clientModules, errors } = await renderPage('provider');
    expect(errors).toEqual([]);
    expect(clientModules).toEqual(['internal/locale/LocaleContext.js#ClinicLocaleProvider']);
    expect(payload).toContain('Puntos clave');
  });

  it('refuses an onCtaClick handler from a server component, as React does for any handler', async () => {
    const { errors } = await renderPage('handler');
    expect(errors.join('\n')).toMatch(/Event handlers cannot be passed/);
  });
});
