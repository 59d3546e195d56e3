// Real WordPress for the tests: WordPress Playground (PHP compiled to wasm) from runtime/, with a
// WordPress build from @wp-playground/wordpress-builds, installed from those files with no
// network. The built plugin zip is installed with WordPress's own unzip_file and activated.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

// A path string, not new URL(): the blocks test's jsdom environment replaces URL.
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The on-demand install of scripts/ensure-runtime.mjs: Playground, and WordPress's block packages. */
export const runtimeModules = join(packageDir, 'runtime', 'node_modules');
/** The built plugin folder (what the zip holds). */
export const pluginDir = join(packageDir, 'dist', 'clinic-ui-blocks');
/** The installable zip `npm run build` writes. */
export const pluginZip = join(packageDir, 'dist', 'clinic-ui-blocks.zip');
export const fixturesDir = join(packageDir, 'test', 'fixtures');

export interface WordPressOptions {
  /** PHP version of the wasm runtime. */
  php: '7.4' | '8.3';
  /** A WordPress build of @wp-playground/wordpress-builds: 6.4 (the plugin's minimum) or 6.5. */
  wp: '6.4' | '6.5';
}

export interface WordPressSite extends WordPressOptions {
  url: string;
  stop(): Promise<void>;
}

/** Users the blueprint creates: the author and contributor have no `unfiltered_html`. */
export const users = {
  admin: { login: 'fern-admin', password: 'fernhollow-admin-pass-1' },
  author: { login: 'fern-author', password: 'fernhollow-author-pass-1' },
  contributor: { login: 'fern-contributor', password: 'fernhollow-contrib-pass-1' },
} as const;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function unzipInto(zipPath: string, target: string): void {
  const entries = unzipSync(readFileSync(zipPath));
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    const path = join(target, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
}

/** Boots WordPress with the plugin installed and active; resolves on Playground's "Ready!". */
export async function startWordPress(options: WordPressOptions): Promise<WordPressSite> {
  const work = mkdtempSync(join(tmpdir(), `clinic-wp-${options.wp}-php${options.php}-`));
  const root = join(work, 'wordpress');
  unzipInto(
    join(
      runtimeModules,
      '@wp-playground',
      'wordpress-builds',
      'src',
      'wordpress',
      `wp-${options.wp}.zip`,
    ),
    root,
  );
  const blueprint = {
    // Without it, the blueprint's PHP version (the newest) wins over the server's --php.
    preferredVersions: { php: options.php, wp: options.wp },
    steps: [
      {
        step: 'runPHP',
        code: `<?php require '/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
WP_Filesystem();
$unzipped = unzip_file('/clinic-dist/clinic-ui-blocks.zip', WP_PLUGIN_DIR);
if (is_wp_error($unzipped)) { throw new Exception($unzipped->get_error_message()); }
$activated = activate_plugin('clinic-ui-blocks/clinic-ui-blocks.php');
if (is_wp_error($activated)) { throw new Exception($activated->get_error_message()); }
switch_theme('clinic-test-theme');
wp_insert_user(['user_login' => '${users.admin.login}', 'user_pass' => '${users.admin.password}', 'user_email' => 'admin@fernhollow.example', 'role' => 'administrator']);
wp_insert_user(['user_login' => '${users.author.login}', 'user_pass' => '${users.author.password}', 'user_email' => 'author@fernhollow.example', 'role' => 'author']);
wp_insert_user(['user_login' => '${users.contributor.login}', 'user_pass' => '${users.contributor.password}', 'user_email' => 'contributor@fernhollow.example', 'role' => 'contributor']);
`,
      },
    ],
  };
  const blueprintPath = join(work, 'blueprint.json');
  writeFileSync(blueprintPath, JSON.stringify(blueprint));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const cli = join(runtimeModules, '@wp-playground', 'cli', 'wp-playground.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      cli,
      'server',
      `--php=${options.php}`,
      `--port=${port}`,
      '--workers=1',
      '--wordpress-install-mode=install-from-existing-files',
      `--mount-before-install=${root}:/wordpress`,
      `--mount=${fixturesDir}:/wordpress/clinic-test`,
      `--mount=${join(fixturesDir, 'theme')}:/wordpress/wp-content/themes/clinic-test-theme`,
      `--mount=${dirname(pluginZip)}:/clinic-dist`,
      `--blueprint=${blueprintPath}`,
      // WP-Cron's loopback request would wait on the one worker serving the page that spawned it.
      '--define-bool',
      'DISABLE_WP_CRON',
      'true',
      // The admin screens check WordPress.org for updates; offline, each check would hold the worker.
      '--define-bool',
      'WP_HTTP_BLOCK_EXTERNAL',
      'true',
    ],
    { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(work, { recursive: true, force: true });
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(
          `WordPress ${options.wp} on PHP ${options.php} not ready after 300 s:\n${output}`,
        ),
      );
    }, 300_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready!')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`WordPress Playground exited (${code}) before "Ready!":\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });

  // The first pages compile WordPress's PHP in the wasm runtime: load them once here, so that the
  // tests' timings are those of a running site.
  for (const path of ['/', '/wp-login.php']) {
    const response = await fetch(`${url}${path}`, { signal: AbortSignal.timeout(300_000) }).catch(
      async (error: unknown) => {
        await stop();
        throw error;
      },
    );
    await response.arrayBuffer();
  }
  return { ...options, url, stop };
}

/** Calls test/fixtures/probe.php: one named action run as PHP inside the site, answering JSON. */
export async function probe<T = Record<string, unknown>>(
  url: string,
  action: string,
  input: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/clinic-test/probe.php?action=${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(
      `probe ${action} answered ${response.status}, not JSON:\n${text.slice(0, 2000)}`,
    );
  }
}
