import { cpSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJson, repoRoot, type Tarballs } from './pack';
import { runOk, type RunResult } from './run';

export const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export type ReactMajor = 18 | 19;

/** What each React major installs next to the tarballs. Vite follows the repository's major. */
const reactDependencies: Record<ReactMajor, { dependencies: object; devDependencies: object }> = {
  19: {
    dependencies: { react: '^19.0.0', 'react-dom': '^19.0.0' },
    devDependencies: { '@types/react': '^19.0.0', '@types/react-dom': '^19.0.0' },
  },
  18: {
    dependencies: { react: '^18.3.0', 'react-dom': '^18.3.0' },
    devDependencies: { '@types/react': '^18.3.0', '@types/react-dom': '^18.3.0' },
  },
};

export interface Consumer {
  react: ReactMajor;
  dir: string;
  install: RunResult;
}

/** The repository's own Vite and TypeScript ranges, so the consumer tracks the same majors. */
function toolRanges() {
  const root = readJson<{ devDependencies: Record<string, string> }>(
    join(repoRoot, 'package.json'),
  );
  const vite = readJson<{ version: string }>(join(repoRoot, 'node_modules/vite/package.json'));
  return {
    vite: `^${vite.version.split('.')[0]}.0.0`,
    typescript: root.devDependencies.typescript ?? '~6.0.3',
  };
}

/**
 * Creates a React + Vite app in `dir` (outside the workspace, so nothing can resolve through the
 * monorepo's node_modules) from fixtures/consumer, depending on the tarballs by `file:` path, and
 * installs it the way a user would: no workspace links, no --legacy-peer-deps.
 */
export async function createConsumer(
  dir: string,
  react: ReactMajor,
  tarballs: Tarballs,
): Promise<Consumer> {
  mkdirSync(dir, { recursive: true });
  cpSync(join(fixtures, 'consumer'), dir, { recursive: true });
  const tools = toolRanges();
  const manifest = {
    name: `clinic-ui-consumer-react-${react}`,
    version: '0.0.0',
    private: true,
    type: 'module',
    dependencies: {
      ...Object.fromEntries(Object.entries(tarballs).map(([name, path]) => [name, `file:${path}`])),
      ...reactDependencies[react].dependencies,
    },
    devDependencies: {
      ...reactDependencies[react].devDependencies,
      typescript: tools.typescript,
      vite: tools.vite,
    },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const install = await runOk(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline'],
    dir,
  );
  return { react, dir, install };
}

/** `tsc --noEmit` with the consumer's own TypeScript. */
export const typecheck = (consumer: Consumer) =>
  runOk(
    process.execPath,
    [tool(consumer, 'typescript/bin/tsc'), '--noEmit', '-p', '.'],
    consumer.dir,
  );

/** `vite build` with the consumer's own Vite. */
export const viteBuild = (consumer: Consumer) =>
  runOk(process.execPath, [tool(consumer, 'vite/bin/vite.js'), 'build'], consumer.dir);

const tool = (consumer: Consumer, path: string) => join(consumer.dir, 'node_modules', path);

/** Where npm got each @clinic-ui package from, per the consumer's lockfile. */
export function clinicPackagesInLock(consumer: Consumer) {
  const lock = readJson<{ packages: Record<string, { version?: string; resolved?: string }> }>(
    join(consumer.dir, 'package-lock.json'),
  );
  return Object.entries(lock.packages)
    .filter(([path]) => path.includes('node_modules/@clinic-ui/'))
    .map(([path, entry]) => ({
      path,
      resolved: entry.resolved,
      linked: lstatSync(join(consumer.dir, path)).isSymbolicLink(),
    }));
}

export const installedVersion = (consumer: Consumer, name: string) =>
  readJson<{ version: string }>(join(consumer.dir, 'node_modules', name, 'package.json')).version;
