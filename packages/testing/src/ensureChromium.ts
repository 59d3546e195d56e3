import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromePathVariable, findChromium, type FindChromiumOptions } from './chromium.ts';

/** Set to `1` to never install a browser (the tests then stop with `findChromium`'s advice). */
export const noInstallVariable = 'CLINIC_UI_NO_BROWSER_INSTALL';

export interface EnsureChromiumOptions extends FindChromiumOptions {
  /** True when this process may run apt-get itself (root), else whether `sudo -n` works. */
  privilege?: () => 'root' | 'sudo' | undefined;
  /** Runs a command with its output shown, throwing when it fails. */
  run?: (command: string, args: string[]) => void;
  log?: (line: string) => void;
}

/**
 * The Chromium the browser tests will use: `findChromium`'s, or, when there is none on a Debian
 * or Ubuntu machine where this process may use apt-get (as root, or with password-less sudo),
 * Debian's `chromium` package, installed now. Anywhere else it throws `findChromium`'s message,
 * which says how to get a browser. A `$CHROME_PATH` that names a missing file is never "fixed" by
 * installing another browser.
 */
export function ensureChromium(options: EnsureChromiumOptions = {}): string {
  const {
    env = process.env,
    platform = process.platform,
    exists = existsSync,
    privilege = aptPrivilege,
    run = runShown,
    log = (line) => console.log(line),
  } = options;
  try {
    return findChromium(options);
  } catch (notFound) {
    const canInstall =
      platform === 'linux' &&
      !env[chromePathVariable] &&
      env[noInstallVariable] !== '1' &&
      exists('/usr/bin/apt-get');
    const as = canInstall ? privilege() : undefined;
    if (!as) throw notFound;
    const apt = (args: string[]) =>
      as === 'root' ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]);
    log('browser tests: no Chromium or Chrome found; installing Debian\'s "chromium" package');
    log('browser tests: apt-get update (step 1 of 2)');
    apt(['update']);
    log('browser tests: apt-get install chromium (step 2 of 2, about a minute)');
    apt(['install', '-y', '--no-install-recommends', '-o', 'Dpkg::Use-Pty=0', 'chromium']);
    return findChromium(options);
  }
}

function aptPrivilege(): 'root' | 'sudo' | undefined {
  if (process.getuid?.() === 0) return 'root';
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return 'sudo';
  } catch {
    return undefined;
  }
}

function runShown(command: string, args: string[]): void {
  execFileSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
