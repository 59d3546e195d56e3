import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOk } from './run';

/** The repository root (apps/package-tests/src/support -> four levels up). */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The published packages, by npm name, with their folder in the repository. */
export const publishedPackages = {
  '@clinic-ui/tokens': 'packages/tokens',
  '@clinic-ui/react': 'packages/react',
  '@clinic-ui/widgets': 'packages/widgets',
} as const;

export type PublishedName = keyof typeof publishedPackages;
export type Tarballs = Record<PublishedName, string>;

interface PackJson {
  filename: string;
  files: { path: string }[];
}

/**
 * Packs every published package with `npm pack`, exactly what `npm publish` would upload, into
 * `destination`. Returns the tarball paths. Packs one at a time: npm pack is quick, and parallel
 * packs of one workspace tree only compete for the two cores.
 */
export async function packAll(destination: string): Promise<Tarballs> {
  mkdirSync(destination, { recursive: true });
  const tarballs: Partial<Tarballs> = {};
  for (const [name, folder] of Object.entries(publishedPackages) as [PublishedName, string][]) {
    const { stdout } = await runOk(
      'npm',
      ['pack', '--json', '--pack-destination', destination],
      join(repoRoot, folder),
    );
    const [result] = JSON.parse(stdout.slice(stdout.indexOf('['))) as PackJson[];
    if (!result) throw new Error(`npm pack printed no result for ${name}`);
    tarballs[name] = join(destination, result.filename);
  }
  return tarballs as Tarballs;
}

/** The files in a tarball, relative to its `package/` folder. */
export async function tarballFiles(tarball: string): Promise<string[]> {
  const { stdout } = await runOk('tar', ['-tzf', tarball], process.cwd());
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('package/') && !line.endsWith('/'))
    .map((line) => line.slice('package/'.length));
}

/** The package.json inside a tarball. */
export async function tarballManifest(tarball: string): Promise<Record<string, unknown>> {
  const { stdout } = await runOk('tar', ['-xzOf', tarball, 'package/package.json'], process.cwd());
  return JSON.parse(stdout) as Record<string, unknown>;
}

/** Every file a manifest points at (exports targets, main, types), as `[field, path]`. */
export function manifestTargets(manifest: Record<string, unknown>): [string, string][] {
  const targets: [string, string][] = [];
  const walk = (value: unknown, field: string) => {
    if (typeof value === 'string') targets.push([field, value.replace(/^\.\//, '')]);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, `${field}["${key}"]`);
  };
  walk(manifest.exports, 'exports');
  for (const field of ['main', 'types', 'module']) walk(manifest[field], field);
  return targets;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
