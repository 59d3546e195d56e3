// A dry run of the release flow (README, "Releasing"): the real changesets CLI runs `version` on a
// copy of the workspace's release-relevant files, and the versions, changelogs and internal
// dependency ranges it writes are checked against what the pending changesets imply. Then
// `npm pack --dry-run` shows what each built published package would put in its tarball.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');
const changesetsBin = join(repo, 'node_modules/@changesets/cli/bin.js');

type Bump = 'major' | 'minor' | 'patch';
const bumpOrder: Bump[] = ['patch', 'minor', 'major'];
const depFields = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;
// Dependency types a dependent is released for when the dependency leaves its range.
const runtimeDepFields = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  scripts?: Record<string, string>;
  workspaces?: string[];
  publishConfig?: { access?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

interface Workspace {
  /** Folder relative to the repo root, e.g. `packages/tokens`. */
  dir: string;
  /** package.json as it is in the repo. */
  raw: string;
  pkg: PackageJson;
}

interface Changeset {
  id: string;
  releases: Map<string, Bump>;
  summary: string;
}

interface ChangesetConfig {
  changelog: string | false | [string, unknown];
  fixed: string[][];
  linked: string[][];
  access: string;
  updateInternalDependencies: 'patch' | 'minor';
  ignore: string[];
  privatePackages: { version: boolean; tag: boolean };
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The workspaces named by the root `workspaces` globs (only the `dir/*` form is used here). */
function listWorkspaces(root: PackageJson): Workspace[] {
  const patterns = root.workspaces ?? [];
  expect(patterns.length).toBeGreaterThan(0);
  return patterns.flatMap((pattern) => {
    expect(pattern, 'workspace globs of the form dir/*').toMatch(/^[\w.-]+\/\*$/);
    const parent = pattern.slice(0, -2);
    return readdirSync(join(repo, parent))
      .map((name) => `${parent}/${name}`)
      .filter((dir) => existsSync(join(repo, dir, 'package.json')))
      .map((dir) => {
        const raw = readFileSync(join(repo, dir, 'package.json'), 'utf8');
        return { dir, raw, pkg: JSON.parse(raw) as PackageJson };
      });
  });
}

function parseChangeset(id: string, text: string): Changeset {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`.changeset/${id}.md has no front matter`);
  const [, front = '', body = ''] = match;
  const releases = new Map<string, Bump>();
  for (const line of front.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const release = /^\s*(['"]?)(.+?)\1\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (!release) throw new Error(`.changeset/${id}.md: cannot read "${line}"`);
    releases.set(release[2]!, release[3] as Bump);
  }
  return { id, releases, summary: body.trim() };
}

function maxBump(a: Bump | undefined, b: Bump): Bump {
  return a === undefined || bumpOrder.indexOf(b) > bumpOrder.indexOf(a) ? b : a;
}

function parseVersion(version: string): [number, number, number] {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new Error(`only plain x.y.z versions are modelled here, got ${version}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function bumpVersion(version: string, bump: Bump): string {
  const [major, minor, patch] = parseVersion(version);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Whether `version` satisfies `range`; only `*` and `^x.y.z` are modelled. */
function satisfies(version: string, range: string): boolean {
  if (range === '*') return true;
  const caret = /^\^(\d+\.\d+\.\d+)$/.exec(range);
  if (!caret) throw new Error(`only * and ^x.y.z internal ranges are modelled here, got ${range}`);
  const [vMajor, vMinor, vPatch] = parseVersion(version);
  const [rMajor, rMinor, rPatch] = parseVersion(caret[1]!);
  const atLeast =
    vMajor > rMajor ||
    (vMajor === rMajor && (vMinor > rMinor || (vMinor === rMinor && vPatch >= rPatch)));
  if (!atLeast) return false;
  if (rMajor > 0) return vMajor === rMajor;
  if (rMinor > 0) return vMajor === 0 && vMinor === rMinor;
  return vMajor === 0 && vMinor === 0 && vPatch === rPatch;
}

/** The `### ... Changes` section of a changelog's newest release that holds one bump type. */
function changelogSection(changelog: string, version: string, bump: Bump): string {
  const release = changelog.split(/^## /m).find((part) => part.startsWith(`${version}\n`));
  if (release === undefined) return '';
  const heading = `${bump[0]!.toUpperCase()}${bump.slice(1)} Changes`;
  return release.split(/^### /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Release Test', '-c', 'user.email=release@test.invalid', ...args],
    { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } },
  );

const rootPkg = readJson<PackageJson>(join(repo, 'package.json'));
const config = readJson<ChangesetConfig>(join(repo, '.changeset/config.json'));
const workspaces = listWorkspaces(rootPkg);
const byName = new Map(workspaces.map((w) => [w.pkg.name, w]));
const published = workspaces.filter((w) => !w.pkg.private);
const privates = workspaces.filter((w) => w.pkg.private);
const pendingChangesets = readdirSync(join(repo, '.changeset'))
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .map((file) =>
    parseChangeset(file.slice(0, -3), readFileSync(join(repo, '.changeset', file), 'utf8')),
  );
// A probe changeset is added to the temporary copy (never to the repo): a patch of the tokens,
// which the others depend on, and of the widgets, so that every step below always has something
// to check, right after a release too, when nothing else is pending.
const probe = {
  id: 'release-test-probe',
  text: "---\n'@clinic-ui/tokens': patch\n'@clinic-ui/widgets': patch\n---\n\nRelease test probe.\n",
};
const changesets = [...pendingChangesets, parseChangeset(probe.id, probe.text)];

/**
 * The release plan the pending changesets imply: the highest bump per package, then (with
 * changesets' default `updateInternalDependents: "out-of-range"`) a patch for each published
 * package whose runtime dependency on a bumped package leaves its range, until nothing changes.
 */
function expectedPlan(): Map<string, { bump: Bump; version: string }> {
  const bumps = new Map<string, Bump>();
  for (const changeset of changesets) {
    for (const [name, bump] of changeset.releases) bumps.set(name, maxBump(bumps.get(name), bump));
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const { pkg } of published) {
      if (bumps.has(pkg.name)) continue;
      const leavesRange = runtimeDepFields.some((field) =>
        Object.entries(pkg[field] ?? {}).some(([dep, range]) => {
          const bump = bumps.get(dep);
          const depPkg = byName.get(dep)?.pkg;
          return bump && depPkg && !satisfies(bumpVersion(depPkg.version, bump), range);
        }),
      );
      if (leavesRange) {
        bumps.set(pkg.name, 'patch');
        changed = true;
      }
    }
  }
  return new Map(
    [...bumps].map(([name, bump]) => {
      const current = byName.get(name)?.pkg.version;
      if (current === undefined) throw new Error(`a changeset names unknown package ${name}`);
      return [name, { bump, version: bumpVersion(current, bump) }];
    }),
  );
}

describe('the release flow (changeset version, dry run)', () => {
  let tmp: string;
  let versionOutput: string;
  const plan = expectedPlan();
  const after = (dir: string) => readJson<PackageJson>(join(tmp, dir, 'package.json'));

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'clinic-ui-release-'));
    cpSync(join(repo, 'package.json'), join(tmp, 'package.json'));
    cpSync(join(repo, '.changeset'), join(tmp, '.changeset'), { recursive: true });
    writeFileSync(join(tmp, '.changeset', `${probe.id}.md`), probe.text);
    for (const { dir, raw } of workspaces) {
      mkdirSync(join(tmp, dir), { recursive: true });
      writeFileSync(join(tmp, dir, 'package.json'), raw);
    }
    // changesets reads git to find the commit that added each changeset (the changelog cites it).
    git(tmp, 'init', '--quiet', '--initial-branch=main');
    git(tmp, 'add', '--all');
    git(tmp, '-c', 'commit.gpgsign=false', 'commit', '--quiet', '--message', 'Pending changesets');
    const started = performance.now();
    versionOutput = execFileSync(process.execPath, [changesetsBin, 'version'], {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, CI: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    });
    console.log(`changeset version: ${Math.round(performance.now() - started)} ms`);
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('has the root scripts the README documents, building the packages before publishing', () => {
    expect(rootPkg.scripts?.['version-packages']).toBe('changeset version');
    const release = rootPkg.scripts?.release ?? '';
    const steps = release.split('&&').map((step) => step.trim());
    // Version (the step the dry run below performs), refresh the lockfile, build, publish.
    expect(steps).toEqual([
      'changeset version',
      'npm install --package-lock-only --no-audit --no-fund',
      'turbo run build --filter=./packages/*',
      'changeset publish',
    ]);
    // The build filter covers every published package.
    for (const { dir } of published) expect(dirname(dir)).toBe('packages');
  });

  it('has a config the plan above models: no fixed or linked groups, private packages unversioned', () => {
    expect(config.fixed).toEqual([]);
    expect(config.linked).toEqual([]);
    expect(config.updateInternalDependencies).toBe('patch');
    expect(config.privatePackages).toEqual({ version: false, tag: false });
    expect(config.access).toBe('public');
    for (const { pkg } of published) expect(pkg.publishConfig?.access).toBe('public');
    expect(published.map((w) => w.pkg.name).sort()).toEqual([
      '@clinic-ui/react',
      '@clinic-ui/tokens',
      '@clinic-ui/widgets',
    ]);
    expect(changesets.length).toBeGreaterThan(0);
    for (const changeset of changesets) {
      expect(changeset.summary, changeset.id).not.toBe('');
      for (const name of changeset.releases.keys()) {
        expect(
          published.map((w) => w.pkg.name),
          `${changeset.id} names ${name}`,
        ).toContain(name);
      }
    }
  });

  it('runs to completion', () => {
    expect(versionOutput).toMatch(/All files have been updated/);
  });

  it('gives each published package the version its pending changesets imply', () => {
    for (const { dir, pkg } of published) {
      const expected = plan.get(pkg.name)?.version ?? pkg.version;
      expect(after(dir).version, pkg.name).toBe(expected);
    }
  });

  it('writes a CHANGELOG.md for each bumped package with every changeset summary under its bump', () => {
    for (const { dir, pkg } of published) {
      const changelogPath = join(tmp, dir, 'CHANGELOG.md');
      const release = plan.get(pkg.name);
      if (!release) {
        expect(existsSync(changelogPath), pkg.name).toBe(false);
        continue;
      }
      const changelog = readFileSync(changelogPath, 'utf8');
      expect(changelog.startsWith(`# ${pkg.name}\n\n## ${release.version}\n`), pkg.name).toBe(true);
      for (const changeset of changesets) {
        const bump = changeset.releases.get(pkg.name);
        if (!bump) {
          expect(changelog, `${pkg.name} must not cite ${changeset.id}`).not.toContain(
            changeset.summary,
          );
          continue;
        }
        expect(
          changelogSection(changelog, release.version, bump),
          `${pkg.name}: ${changeset.id}`,
        ).toContain(changeset.summary);
      }
    }
  });

  it('notes dependency updates in the changelog of a dependent package', () => {
    const tokens = plan.get('@clinic-ui/tokens')!;
    const changelog = readFileSync(join(tmp, 'packages/react/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('Updated dependencies');
    expect(changelog).toContain(`@clinic-ui/tokens@${tokens.version}`);
  });

  it('moves @clinic-ui/react onto the new @clinic-ui/tokens', () => {
    const tokens = plan.get('@clinic-ui/tokens')!.version;
    expect(after('packages/react').dependencies?.['@clinic-ui/tokens']).toBe(`^${tokens}`);
  });

  it("moves widgets' devDependency ranges too (updateInternalDependencies covers every dependency type)", () => {
    // widgets only devDepends on the others (its bundle inlines them); a devDependency alone
    // never causes a release, but in a package that is released changesets updates its range.
    const widgets = after('packages/widgets').devDependencies ?? {};
    for (const dep of ['@clinic-ui/tokens', '@clinic-ui/react']) {
      const release = plan.get(dep);
      if (release) expect(widgets[dep], dep).toBe(`^${release.version}`);
    }
    expect(widgets['@clinic-ui/testing']).toBe('*');
  });

  it('changes nothing else in published package.json files than versions and internal ranges', () => {
    // Every non-* range on a bumped internal package in a released package now starts at the
    // new version; everything else in each published package.json is as it was.
    for (const { dir, pkg } of published) {
      const expected = structuredClone(pkg);
      if (!plan.has(pkg.name)) {
        expect(after(dir).version, pkg.name).toBe(pkg.version);
        continue;
      }
      expected.version = plan.get(pkg.name)!.version;
      for (const field of depFields) {
        for (const [dep, range] of Object.entries(expected[field] ?? {})) {
          const release = plan.get(dep);
          if (release && range !== '*') expected[field]![dep] = `^${release.version}`;
        }
      }
      expect(after(dir), pkg.name).toEqual(expected);
    }
  });

  it('does not version, or write changelogs for, private packages', () => {
    expect(privates.map((w) => w.pkg.name)).toEqual(
      expect.arrayContaining(['@clinic-ui/testing', '@clinic-ui/storybook', '@clinic-ui/demo']),
    );
    for (const { dir, raw, pkg } of privates) {
      expect(readFileSync(join(tmp, dir, 'package.json'), 'utf8'), pkg.name).toBe(raw);
      expect(existsSync(join(tmp, dir, 'CHANGELOG.md')), pkg.name).toBe(false);
    }
    expect(readFileSync(join(tmp, 'package.json'), 'utf8')).toBe(
      readFileSync(join(repo, 'package.json'), 'utf8'),
    );
  });

  it('deletes the consumed changesets and keeps the config and README', () => {
    expect(readdirSync(join(tmp, '.changeset')).sort()).toEqual(['README.md', 'config.json']);
    const status = git(tmp, 'status', '--porcelain').trimEnd().split('\n');
    for (const { id } of changesets) expect(status).toContain(` D .changeset/${id}.md`);
  });
});

describe('the published tarballs (npm pack --dry-run)', () => {
  const expectedFiles: Record<string, string[]> = {
    '@clinic-ui/tokens': ['dist/index.js', 'dist/index.css'],
    '@clinic-ui/react': ['dist/index.js', 'dist/index.css'],
    '@clinic-ui/widgets': ['dist/index.js', 'dist/clinic-ui.js', 'custom-elements.json'],
  };
  const rootLicense = readFileSync(join(repo, 'LICENSE'), 'utf8');

  it.each(published.map((w) => [w.pkg.name, w] as const))('%s', (name, { dir }) => {
    const cwd = join(repo, dir);
    expect(statSync(join(cwd, 'dist')).isDirectory(), `${name} is built`).toBe(true);
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [tarball] = JSON.parse(out) as { name: string; files: { path: string }[] }[];
    expect(tarball?.name).toBe(name);
    const files = tarball!.files.map((file) => file.path);
    for (const file of [...(expectedFiles[name] ?? []), 'LICENSE', 'README.md', 'package.json']) {
      expect(files, `${name} packs ${file}`).toContain(file);
    }
    const unwanted = files.filter(
      (file) =>
        /(^|\/)(src|test|tests|__tests__|__screenshots__|e2e)\//.test(file) ||
        /\.(test|spec|stories)\.(d\.)?[cm]?[jt]sx?$/.test(file) ||
        /(^|\/)(vitest|tsup)\.config\./.test(file) ||
        /(^|\/)tsconfig(\.[\w-]+)?\.json$/.test(file),
    );
    expect(unwanted, `${name} packs no sources, tests or configs`).toEqual([]);
    // Each package's LICENSE is the root one.
    expect(readFileSync(join(cwd, 'LICENSE'), 'utf8'), `${name} LICENSE`).toBe(rootLicense);
  });
});
