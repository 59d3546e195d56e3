// Renders a page of Clinic UI blocks as React Server Components, the way a framework's server does:
// run by rsc.test.ts with `node --conditions=react-server` and React's own Node loader, which
// turns every module marked 'use client' into a client reference. Imports the built package
// (dist/), as an app would. Prints JSON: the Flight payload and the client modules it references.
import { register } from 'node:module';

// React's loader (called first, as the last registered) over hooks that hand it text.
register('./decode-hooks.mjs', import.meta.url);
register('react-server-dom-webpack/node-loader', import.meta.url);

const { createElement: h } = await import('react');
const { renderToPipeableStream } = await import('react-server-dom-webpack/server');
const blocks = await import('@clinic-ui/react');
const { pages } = await import('./pages.mjs');

const page = pages[process.argv[2]];
if (!page) throw new Error(`no page "${process.argv[2]}"; pages: ${Object.keys(pages).join(', ')}`);

// The client manifest a bundler would write: here every client reference resolves, and is recorded.
const clientModules = new Set();
const manifest = new Proxy(
  {},
  {
    get(_target, id) {
      const [file, name] = String(id).split('#');
      clientModules.add(`${file.replace(/^.*\/dist\//, '')}#${name}`);
      return { id: file, chunks: [], name };
    },
  },
);

const errors = [];
let payload = '';
const { Writable } = await import('node:stream');
await new Promise((resolve, reject) => {
  const stream = renderToPipeableStream(page(h, blocks), manifest, {
    onError: (error) => {
      errors.push(String(error?.message ?? error));
    },
  });
  stream.pipe(
    new Writable({
      write(chunk, _encoding, done) {
        payload += chunk;
        done();
      },
      final(done) {
        resolve();
        done();
      },
    }),
  );
  setTimeout(() => reject(new Error('the Flight render did not finish in 10 s')), 10_000).unref();
});
process.stdout.write(JSON.stringify({ payload, clientModules: [...clientModules].sort(), errors }));
