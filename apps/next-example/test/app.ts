// Builds this app the way a user of the published packages would: the @clinic-ui tarballs from
// `npm pack`, installed by file path into a copy of the app outside the workspace, then
// `next build` and `next start`.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, runOk } from '../../package-tests/src/support/run';

export const appDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(appDir, '../..');

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const installed = (name: string) =>
  readJson<{ version: string }>(join(repoRoot, 'node_modules', name, 'package.json')).version;

/** Packs @clinic-ui/tokens and @clinic-ui/react (what `npm publish` would upload). */
export async function packClinicUi(destination: string): Promise<Record<string, string>> {
  const tarballs: Record<string, string> = {};
  for (const [name, folder] of [
    ['@clinic-ui/tokens', 'packages/tokens'],
    ['@clinic-ui/react', 'packages/react'],
  ] as const) {
    const { stdout } = await runOk(
      'npm',
      ['pack', '--json', '--pack-destination', destination],
      join(repoRoot, folder),
    );
    const [result] = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string }[];
    if (!result) throw new Error(`npm pack printed no result for ${name}`);
    tarballs[name] = join(destination, result.filename);
  }
  return tarballs;
}

/**
 * Copies the app into `dir` with a package.json of its own (the tarballs, Next.js as pinned in
 * this workspace, React 19) and a standalone tsconfig, then installs it with npm.
 */
export async function createApp(dir: string, tarballs: Record<string, string>): Promise<void> {
  cpSync(join(appDir, 'app'), join(dir, 'app'), { recursive: true });
  cpSync(join(appDir, 'next.config.mjs'), join(dir, 'next.config.mjs'));
  const own = readJson<{ devDependencies: Record<string, string> }>(join(appDir, 'package.json'));
  const manifest = {
    name: 'clinic-ui-next-example',
    version: '0.0.0',
    private: true,
    scripts: { build: 'next build', start: 'next start' },
    dependencies: {
      ...Object.fromEntries(Object.entries(tarballs).map(([name, path]) => [name, `file:${path}`])),
      next: own.devDependencies.next,
      react: `^${installed('react')}`,
      'react-dom': `^${installed('react-dom')}`,
    },
    devDependencies: {
      typescript: `~${installed('typescript')}`,
      '@types/node': `^${installed('@types/node').split('.')[0]}`,
      '@types/react': `^${installed('@types/react')}`,
      '@types/react-dom': `^${installed('@types/react-dom')}`,
    },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const base = readJson<{ compilerOptions: object }>(join(repoRoot, 'tsconfig.base.json'));
  const tsconfig = {
    compilerOptions: {
      ...base.compilerOptions,
      types: ['node'],
      plugins: [{ name: 'next' }],
    },
    include: ['next-env.d.ts', 'app', '.next/types/**/*.ts'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  await runOk('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir);
}

const nextBin = (dir: string) => join(dir, 'node_modules/next/dist/bin/next');

export const nextBuild = (dir: string) => runOk(process.execPath, [nextBin(dir), 'build'], dir);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Started {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** `next start` on a free port; resolves once it answers. */
export async function nextStart(dir: string): Promise<Started> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin(dir), 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: dir, env: { ...cleanEnv(), NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'pipe' },
  );
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    try {
      if ((await fetch(`${url}/empty`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer in 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
