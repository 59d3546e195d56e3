// A dry run of the release flow (README, "Releasing"): the real changesets CLI runs `version` on a
// copy of the workspace's release-relevant files, with a probe changeset added, and what it writes
// (versions, changelogs, internal dependency ranges) is checked against the release plan that
// changesets' own planner (@changesets/get-release-plan) makes for the same copy, plus a few facts
// that hold whatever is pending. Then `npm pack --dry-run` shows what each built published package
// would put in its tarball.
import { getReleasePlan } from '@changesets/get-release-plan';
import { parseChangesetFile } from '@changesets/parse';
import { readChangesets } from '@changesets/read';
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
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  screenerSnippetTag,
  snippetStatus,
  snippetTags,
} from '../../../packages/widgets/scripts/snippet.mjs';

const repo = resolve(import.meta.dirname, '../../..');
const changesetsBin = join(repo, 'node_modules/@changesets/cli/bin.js');

type ReleasePlan = Awaited<ReturnType<typeof getReleasePlan>>;
type PlannedRelease = ReleasePlan['releases'][number];
/** A release that versions its package (the plan also lists packages it leaves alone, as "none"). */
type VersionedRelease = Exclude<PlannedRelease, { type: 'none' }>;
type Bump = VersionedRelease['type'];
const isVersioned = (release: PlannedRelease): release is VersionedRelease =>
  release.type !== 'none';

const depFields = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

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

interface ChangesetConfig {
  access: string;
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

/** The `### ... Changes` section of a changelog's newest release that holds one bump type. */
function changelogSection(changelog: string, version: string, bump: Bump): string {
  const release = changelog.split(/^## /m).find((part) => part.startsWith(`${version}\n`));
  if (release === undefined) return '';
  const heading = `${bump[0]!.toUpperCase()}${bump.slice(1)} Changes`;
  return release.split(/^### /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
}

/**
 * A changeset summary's lines as a changelog shows them: the changelog indents every line after the
 * first under its list item, so each is compared trimmed, blank lines left out.
 */
const summaryLines = (summary: string) =>
  summary
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Release Test', '-c', 'user.email=release@test.invalid', ...args],
    { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } },
  );

const rootPkg = readJson<PackageJson>(join(repo, 'package.json'));
const config = readJson<ChangesetConfig>(join(repo, '.changeset/config.json'));
const workspaces = listWorkspaces(rootPkg);
const published = workspaces.filter((w) => !w.pkg.private);
const privates = workspaces.filter((w) => w.pkg.private);
const repoVersion = (name: string) => {
  const found = workspaces.find((w) => w.pkg.name === name);
  if (!found) throw new Error(`no workspace is named ${name}`);
  return found.pkg.version;
};
// A probe changeset is added to the temporary copy (never to the repo), so that every check below
// has something to check whatever is pending, right after a release too: a major bump of the
// tokens (major outranks any pending bump, so tokens gets exactly this one, and it takes the
// tokens out of @clinic-ui/react's caret range, so react is always released as a dependent) and a
// patch of the widgets.
const probe = {
  id: 'release-test-probe',
  text: "---\n'@clinic-ui/tokens': major\n'@clinic-ui/widgets': patch\n---\n\nRelease test probe.\n",
};
const probeChangeset = parseChangesetFile(probe.text);

describe('the release flow (changeset version, dry run)', () => {
  let tmp: string;
  let versionOutput: string;
  let snippetOutput: string;
  const widgetsDir = 'packages/widgets';
  const releaseSnippet = () =>
    execFileSync(
      process.execPath,
      [join(repo, widgetsDir, 'scripts/release-snippet.mjs'), join(tmp, widgetsDir)],
      { encoding: 'utf8' },
    );
  /** What changesets' planner says `changeset version` will do to the copy. */
  let plan: ReleasePlan;
  /** The repository's own pending changesets, read by changesets' reader. */
  let pending: ReleasePlan['changesets'];
  const after = (dir: string) => readJson<PackageJson>(join(tmp, dir, 'package.json'));
  /** The planned release of a package, if the plan versions it. */
  const planned = (name: string): VersionedRelease | undefined =>
    plan.releases.filter(isVersioned).find((release) => release.name === name);
  const plannedOrThrow = (name: string): VersionedRelease => {
    const release = planned(name);
    if (!release) throw new Error(`the release plan does not version ${name}`);
    return release;
  };

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'clinic-ui-release-'));
    // The lockfile too: changesets' planner (through @manypkg/get-packages) recognises an npm
    // workspace by its package-lock.json.
    for (const file of ['package.json', 'package-lock.json'])
      cpSync(join(repo, file), join(tmp, file));
    cpSync(join(repo, '.changeset'), join(tmp, '.changeset'), { recursive: true });
    writeFileSync(join(tmp, '.changeset', `${probe.id}.md`), probe.text);
    for (const { dir, raw } of workspaces) {
      mkdirSync(join(tmp, dir), { recursive: true });
      writeFileSync(join(tmp, dir, 'package.json'), raw);
    }
    pending = await readChangesets(repo);
    plan = await getReleasePlan(tmp);
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
    // The step after the build: the widgets' files as built, then the README snippet script.
    for (const file of ['README.md', 'release-integrity.json', 'dist/integrity.json']) {
      mkdirSync(dirname(join(tmp, widgetsDir, file)), { recursive: true });
      cpSync(join(repo, widgetsDir, file), join(tmp, widgetsDir, file));
    }
    snippetOutput = releaseSnippet();
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('has the root scripts the README documents, building the packages before publishing', () => {
    const steps = (script: string) =>
      (rootPkg.scripts?.[script] ?? '').split('&&').map((step) => step.trim());
    // Version, build the widgets, write the README snippet from what was built.
    expect(steps('version-packages')).toEqual([
      'changeset version',
      'turbo run build --filter=@clinic-ui/widgets',
      'node packages/widgets/scripts/release-snippet.mjs',
    ]);
    // Version (the step the dry run below performs), refresh the lockfile, build, the README
    // snippet (also performed below), publish.
    expect(steps('release')).toEqual([
      'changeset version',
      'npm install --package-lock-only --no-audit --no-fund',
      'turbo run build --filter=./packages/*',
      'node packages/widgets/scripts/release-snippet.mjs',
      'changeset publish',
    ]);
    // The build filter covers every published package.
    for (const { dir } of published) expect(dirname(dir)).toBe('packages');
  });

  it('publishes exactly the three packages, publicly, and is configured to leave private ones alone', () => {
    expect(config.privatePackages).toEqual({ version: false, tag: false });
    expect(config.access).toBe('public');
    for (const { pkg } of published) expect(pkg.publishConfig?.access).toBe('public');
    expect(published.map((w) => w.pkg.name).sort()).toEqual([
      '@clinic-ui/react',
      '@clinic-ui/tokens',
      '@clinic-ui/widgets',
    ]);
  });

  it("plans the repository's pending changesets plus the probe, each naming only published packages", () => {
    expect(plan.preState, 'not in pre-release mode').toBeUndefined();
    expect(plan.changesets.map((changeset) => changeset.id).sort()).toEqual(
      [...pending.map((changeset) => changeset.id), probe.id].sort(),
    );
    const planProbe = plan.changesets.find((changeset) => changeset.id === probe.id);
    expect(planProbe).toEqual({ id: probe.id, ...probeChangeset });
    for (const changeset of plan.changesets) {
      expect(changeset.summary, changeset.id).not.toBe('');
      expect(changeset.releases.length, changeset.id).toBeGreaterThan(0);
      for (const { name } of changeset.releases) {
        expect(
          published.map((w) => w.pkg.name),
          `${changeset.id} names ${name}`,
        ).toContain(name);
      }
    }
  });

  it('plans each release as its bump applied to the version in the repository', () => {
    const released = plan.releases.filter(isVersioned);
    expect(released.length).toBeGreaterThan(0);
    for (const release of released) {
      expect(release.oldVersion, release.name).toBe(repoVersion(release.name));
      expect(release.newVersion, release.name).toBe(semver.inc(release.oldVersion, release.type));
    }
  });

  it('gives each package the probe names at least the bump the probe asks for', () => {
    expect(probeChangeset.releases).toEqual([
      { name: '@clinic-ui/tokens', type: 'major' },
      { name: '@clinic-ui/widgets', type: 'patch' },
    ]);
    for (const { name, type } of probeChangeset.releases) {
      const floor = semver.inc(repoVersion(name), type as Bump)!;
      expect(semver.gte(plannedOrThrow(name).newVersion, floor), name).toBe(true);
      expect(plannedOrThrow(name).changesets, name).toContain(probe.id);
    }
    // Nothing outranks major: the tokens get exactly the probe's bump, from the CLI too.
    expect(plannedOrThrow('@clinic-ui/tokens').type).toBe('major');
    expect(after('packages/tokens').version).toBe(
      semver.inc(repoVersion('@clinic-ui/tokens'), 'major'),
    );
  });

  it('releases @clinic-ui/react as a dependent when the tokens leave its range', () => {
    const range = published.find((w) => w.pkg.name === '@clinic-ui/react')!.pkg.dependencies?.[
      '@clinic-ui/tokens'
    ];
    expect(range).toBeDefined();
    const tokens = plannedOrThrow('@clinic-ui/tokens').newVersion;
    expect(semver.satisfies(tokens, range!), `${tokens} leaves ${range}`).toBe(false);
    expect(planned('@clinic-ui/react'), 'react is in the plan').toBeDefined();
    expect(
      semver.gt(after('packages/react').version, repoVersion('@clinic-ui/react')),
      'react is versioned',
    ).toBe(true);
  });

  it('runs to completion', () => {
    expect(versionOutput).toMatch(/All files have been updated/);
  });

  it('gives each published package the version the release plan gives it', () => {
    for (const { dir, pkg } of published) {
      const expected = planned(pkg.name)?.newVersion ?? pkg.version;
      expect(after(dir).version, pkg.name).toBe(expected);
    }
  });

  it('writes a CHANGELOG.md for each released package with each of its changesets under its bump', () => {
    let cited = 0;
    for (const { dir, pkg } of published) {
      const changelogPath = join(tmp, dir, 'CHANGELOG.md');
      const release = planned(pkg.name);
      if (!release) {
        expect(existsSync(changelogPath), pkg.name).toBe(false);
        continue;
      }
      const changelog = readFileSync(changelogPath, 'utf8');
      expect(changelog.startsWith(`# ${pkg.name}\n\n## ${release.newVersion}\n`), pkg.name).toBe(
        true,
      );
      for (const changeset of plan.changesets) {
        const bump = changeset.releases.find((r) => r.name === pkg.name)?.type;
        const lines = summaryLines(changeset.summary);
        expect(lines.length, changeset.id).toBeGreaterThan(0);
        if (!release.changesets.includes(changeset.id) || !bump || bump === 'none') {
          expect(changelog, `${pkg.name} must not cite ${changeset.id}`).not.toContain(lines[0]);
          continue;
        }
        const section = changelogSection(changelog, release.newVersion, bump);
        for (const line of lines) expect(section, `${pkg.name}: ${changeset.id}`).toContain(line);
        cited += 1;
      }
    }
    expect(cited, 'at least the probe is cited').toBeGreaterThanOrEqual(
      probeChangeset.releases.length,
    );
  });

  it('notes dependency updates in the changelog of a dependent package', () => {
    const tokens = plannedOrThrow('@clinic-ui/tokens').newVersion;
    const react = plannedOrThrow('@clinic-ui/react').newVersion;
    const changelog = readFileSync(join(tmp, 'packages/react/CHANGELOG.md'), 'utf8');
    expect(changelogSection(changelog, react, 'patch')).toMatch(
      new RegExp(
        `^- Updated dependencies.*\\n {2}- @clinic-ui/tokens@${tokens.replaceAll('.', '\\.')}$`,
        'm',
      ),
    );
  });

  it('moves @clinic-ui/react onto the new @clinic-ui/tokens', () => {
    const tokens = plannedOrThrow('@clinic-ui/tokens').newVersion;
    expect(after('packages/react').dependencies?.['@clinic-ui/tokens']).toBe(`^${tokens}`);
  });

  it("moves widgets' devDependency ranges too (updateInternalDependencies covers every dependency type)", () => {
    // widgets only devDepends on the others (its bundle inlines them); a devDependency alone
    // never causes a release, but in a package that is released changesets updates its range.
    const widgets = after('packages/widgets').devDependencies ?? {};
    for (const dep of ['@clinic-ui/tokens', '@clinic-ui/react']) {
      expect(widgets[dep], dep).toBe(`^${plannedOrThrow(dep).newVersion}`);
    }
    expect(widgets['@clinic-ui/testing']).toBe('*');
  });

  it('changes nothing else in published package.json files than versions and internal ranges', () => {
    // In a released package, every non-* range on a released internal package now starts at its
    // new version (same operator); everything else in each published package.json is as it was.
    let moved = 0;
    for (const { dir, pkg } of published) {
      const release = planned(pkg.name);
      if (!release) {
        expect(after(dir), pkg.name).toEqual(pkg);
        continue;
      }
      const expected = structuredClone(pkg);
      expected.version = release.newVersion;
      for (const field of depFields) {
        for (const [dep, range] of Object.entries(expected[field] ?? {})) {
          const depRelease = planned(dep);
          if (!depRelease || range === '*') continue;
          expect(semver.validRange(range), `${pkg.name} ${field} ${dep}`).not.toBeNull();
          expected[field]![dep] = `${/^[\^~]?/.exec(range)![0]}${depRelease.newVersion}`;
          moved += 1;
        }
      }
      expect(after(dir), pkg.name).toEqual(expected);
    }
    expect(moved, 'at least react -> tokens and widgets -> tokens').toBeGreaterThanOrEqual(2);
  });

  it('does not version, or write changelogs for, private packages', () => {
    expect(privates.map((w) => w.pkg.name)).toEqual(
      expect.arrayContaining(['@clinic-ui/testing', '@clinic-ui/storybook', '@clinic-ui/demo']),
    );
    for (const { dir, raw, pkg } of privates) {
      expect(planned(pkg.name), `${pkg.name} is not in the plan`).toBeUndefined();
      expect(readFileSync(join(tmp, dir, 'package.json'), 'utf8'), pkg.name).toBe(raw);
      expect(existsSync(join(tmp, dir, 'CHANGELOG.md')), pkg.name).toBe(false);
    }
    expect(readFileSync(join(tmp, 'package.json'), 'utf8')).toBe(
      readFileSync(join(repo, 'package.json'), 'utf8'),
    );
  });

  it('pins the widgets README snippet to the new version and the hashes of the files it publishes', () => {
    const version = after(widgetsDir).version;
    expect(version).toBe(plannedOrThrow('@clinic-ui/widgets').newVersion);
    const sha384 = (file: string) =>
      `sha384-${createHash('sha384')
        .update(readFileSync(join(repo, widgetsDir, file)))
        .digest('base64')}`;
    const record = readJson<{
      version: string;
      integrity: string;
      stylesheet: { integrity: string };
      screener: { integrity: string };
    }>(join(tmp, widgetsDir, 'release-integrity.json'));
    // The files `npm pack` ships (see the tarball test below), hashed here independently.
    expect(record).toEqual({
      version,
      integrity: sha384('dist/clinic-ui.js'),
      stylesheet: { integrity: sha384('dist/clinic-ui.css') },
      screener: { integrity: sha384('dist/clinic-screener.js') },
    });
    const readme = readFileSync(join(tmp, widgetsDir, 'README.md'), 'utf8');
    expect(readme).toContain(snippetTags(record));
    expect(readme).toContain(screenerSnippetTag(record));
    expect(readme).toContain(
      `https://cdn.jsdelivr.net/npm/@clinic-ui/widgets@${version}/dist/clinic-ui.js`,
    );
    expect(readme).not.toMatch(/@VERSION|sha384-…|No version has been published/);
    expect(snippetOutput).toContain(`@clinic-ui/widgets ${version}`);
    // Storybook's check: this build is the released file.
    expect(snippetStatus(record, version, record).kind).toBe('released');
  });

  it("keeps a cut version's hashes when a later build differs, and says so instead of pinning the new hash", () => {
    const recordPath = join(tmp, widgetsDir, 'release-integrity.json');
    const before = readFileSync(recordPath, 'utf8');
    const record = JSON.parse(before) as {
      version: string;
      integrity: string;
      stylesheet: { integrity: string };
    };
    // An unreleased change: the next build of the same version hashes differently.
    const changed = { ...record, integrity: 'sha384-unreleasedchange' };
    writeFileSync(join(tmp, widgetsDir, 'dist/integrity.json'), JSON.stringify(changed));
    expect(releaseSnippet()).toContain('was already cut');
    expect(readFileSync(recordPath, 'utf8')).toBe(before);
    const status = snippetStatus(record, record.version, changed);
    expect(status.kind).toBe('changed');
    expect(status.files.integrity).toBe(record.integrity);
    expect(status.message).toMatch(/not released yet/);
    // And before any release of a version, the build's own hashes, said plainly.
    const fresh = snippetStatus({ version: null }, '9.9.9', changed);
    expect(fresh.kind).toBe('unpublished');
    expect(fresh.message).toMatch(/has not been published yet/);
  });

  it('deletes the consumed changesets and keeps the config and README', () => {
    expect(readdirSync(join(tmp, '.changeset')).sort()).toEqual(['README.md', 'config.json']);
    const status = git(tmp, 'status', '--porcelain').trimEnd().split('\n');
    for (const { id } of plan.changesets) expect(status).toContain(` D .changeset/${id}.md`);
  });
});

describe('the published tarballs (npm pack --dry-run)', () => {
  const expectedFiles: Record<string, string[]> = {
    '@clinic-ui/tokens': ['dist/index.js', 'dist/index.css'],
    '@clinic-ui/react': ['dist/index.js', 'dist/index.css'],
    '@clinic-ui/widgets': [
      'dist/index.js',
      'dist/clinic-ui.js',
      'dist/clinic-screener.js',
      'custom-elements.json',
    ],
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
