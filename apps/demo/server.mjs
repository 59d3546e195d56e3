// A tiny static server for the demo and the end-to-end tests: the files in public/ (and any
// extra folder), plus the real built bundle at /clinic-ui.js, its stylesheet at /clinic-ui.css and
// the self-screener's script at /clinic-screener.js.
// No dependencies, loopback only.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

/** The bundle a marketer's script tag loads, as built by @clinic-ui/widgets. */
export const bundlePath = require.resolve('@clinic-ui/widgets/clinic-ui.js');
/** The self-screener's own script, as built by @clinic-ui/widgets. */
export const screenerPath = require.resolve('@clinic-ui/widgets/clinic-screener.js');
/** The snippet's pre-upgrade stylesheet, as built by @clinic-ui/widgets. */
export const stylesheetPath = require.resolve('@clinic-ui/widgets/clinic-ui.css');

/** The policy the widgets must work under: nothing but the page's own origin. */
export const strictCsp = "default-src 'self'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.mjs': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/**
 * Starts the server on 127.0.0.1. `roots` are folders searched in order for a path; `csp` adds
 * the strict Content-Security-Policy header to every response. Resolves to the base URL and a
 * `close()`; `requests` records every path asked for.
 */
export async function startServer({ port = 0, roots = [join(here, 'public')], csp = false } = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const headers = csp ? { 'Content-Security-Policy': strictCsp } : {};
    const file = await findFile(path, roots);
    if (!file) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const body = await readFile(file);
    response
      .writeHead(200, {
        ...headers,
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      })
      .end(body);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const { port: actualPort } = server.address();
  return {
    url: `http://127.0.0.1:${actualPort}`,
    requests,
    close: () => new Promise((done) => server.close(done)),
  };
}

async function findFile(path, roots) {
  if (path === '/clinic-ui.js') return bundlePath;
  if (path === '/clinic-ui.css') return stylesheetPath;
  if (path === '/clinic-screener.js') return screenerPath;
  const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(
    /^([/\\])+/,
    '',
  );
  if (relative.startsWith('..')) return undefined;
  for (const root of roots) {
    const candidate = resolve(root, relative);
    if (!candidate.startsWith(resolve(root))) continue;
    const found = await stat(candidate).catch(() => undefined);
    if (found?.isFile()) return candidate;
    // `/check-in` serves check-in/index.html, as a static host does.
    if (found?.isDirectory() && (await stat(join(candidate, 'index.html')).catch(() => undefined)))
      return join(candidate, 'index.html');
  }
  return undefined;
}
