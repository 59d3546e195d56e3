// The build cache: with nothing changed, rebuilding the packages is a full turbo cache hit, and a
// change in @clinic-ui/tokens changes the build hash of tokens and of every package built on it
// (react, widgets, and the WordPress plugin that ships the widgets),
// and of nothing else. turbo's dry run reports each task's hash and cache status without
// running anything, so this stays fast.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');
const probeFile = join(repo, 'packages/tokens/src/contract.ts');
const buildTasks = [
  '@clinic-ui/react#build',
  '@clinic-ui/testing#build',
  '@clinic-ui/tokens#build',
  '@clinic-ui/widgets#build',
  '@clinic-ui/wordpress#build',
];

interface DryRun {
  tasks: { taskId: string; hash: string; cache: { status: 'HIT' | 'MISS' } }[];
}

function turbo(...args: string[]): string {
  return execFileSync('npx', ['turbo', ...args], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
  });
}

function dryRun(): Map<string, DryRun['tasks'][number]> {
  const started = performance.now();
  const { tasks } = JSON.parse(
    turbo('run', 'build', '--filter=./packages/*', '--dry=json'),
  ) as DryRun;
  console.log(`turbo dry run: ${Math.round(performance.now() - started)} ms`);
  return new Map(tasks.map((task) => [task.taskId, task]));
}

const hashes = (tasks: Map<string, DryRun['tasks'][number]>) =>
  Object.fromEntries([...tasks].map(([id, task]) => [id, task.hash]));

describe('the turbo build cache', () => {
  it('is a full hit when nothing changed', () => {
    // This test's own turbo task depends on ^build, so the packages are normally built and cached
    // already; the real run makes sure of it when the file is run on its own.
    const started = performance.now();
    turbo('run', 'build', '--filter=./packages/*', '--output-logs=errors-only');
    console.log(`turbo build: ${Math.round(performance.now() - started)} ms`);

    const tasks = dryRun();
    expect([...tasks.keys()].sort()).toEqual(buildTasks);
    for (const [id, task] of tasks) expect(task.cache.status, id).toBe('HIT');
  });

  it('rebuilds tokens and its dependents, and only them, when a tokens source changes', () => {
    const before = dryRun();
    const original = readFileSync(probeFile);
    const { atime, mtime } = statSync(probeFile);
    let changed: ReturnType<typeof dryRun>;
    try {
      // A trailing comment: harmless to anything reading the file meanwhile (other test tasks may
      // run concurrently), but new content to turbo. Unique, so it has never been cached.
      writeFileSync(
        probeFile,
        Buffer.concat([
          original,
          Buffer.from(`// turbo-cache probe ${process.pid}.${Date.now()}\n`),
        ]),
      );
      changed = dryRun();
    } finally {
      writeFileSync(probeFile, original);
      utimesSync(probeFile, atime, mtime);
    }
    expect(readFileSync(probeFile).equals(original), 'contract.ts restored byte for byte').toBe(
      true,
    );

    expect([...changed.keys()].sort()).toEqual(buildTasks);
    for (const id of [
      '@clinic-ui/tokens#build',
      '@clinic-ui/react#build',
      '@clinic-ui/widgets#build',
      '@clinic-ui/wordpress#build',
    ]) {
      expect(changed.get(id)?.hash, `${id} hash changes`).not.toBe(before.get(id)?.hash);
      expect(changed.get(id)?.cache.status, `${id} would rebuild`).toBe('MISS');
    }
    const testing = '@clinic-ui/testing#build';
    expect(changed.get(testing)?.hash, `${testing} hash stays`).toBe(before.get(testing)?.hash);
    expect(changed.get(testing)?.cache.status, `${testing} stays cached`).toBe('HIT');

    // With the file restored, every hash is back where it was.
    expect(hashes(dryRun())).toEqual(hashes(before));
  });
});
