// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ensureChromium } from './ensureChromium';

/** A machine: which files exist, and a fake apt-get that "installs" chromium when it runs. */
function machine({
  files = ['/usr/bin/apt-get'],
  as = 'root',
}: { files?: string[]; as?: 'root' | 'sudo' | 'neither' } = {}) {
  const present = new Set(files);
  const commands: string[] = [];
  const log: string[] = [];
  return {
    commands,
    log,
    options: {
      env: {},
      platform: 'linux' as const,
      exists: (path: string) => present.has(path),
      playwrightPath: () => undefined,
      privilege: (): 'root' | 'sudo' | undefined => (as === 'neither' ? undefined : as),
      log: (line: string) => log.push(line),
      run: (command: string, args: string[]) => {
        commands.push([command, ...args].join(' '));
        if (args.includes('install')) present.add('/usr/bin/chromium');
      },
    },
  };
}

describe('ensureChromium', () => {
  it('uses a browser that is already there and installs nothing', () => {
    const m = machine({ files: ['/usr/bin/apt-get', '/usr/bin/google-chrome'] });
    expect(ensureChromium(m.options)).toBe('/usr/bin/google-chrome');
    expect(m.commands).toEqual([]);
  });

  it("installs Debian's chromium as root, printing each step", () => {
    const m = machine();
    expect(ensureChromium(m.options)).toBe('/usr/bin/chromium');
    expect(m.commands).toEqual([
      'apt-get update',
      'apt-get install -y --no-install-recommends -o Dpkg::Use-Pty=0 chromium',
    ]);
    expect(m.log.length).toBeGreaterThanOrEqual(3);
  });

  it('goes through password-less sudo when not root', () => {
    const m = machine({ as: 'sudo' });
    expect(ensureChromium(m.options)).toBe('/usr/bin/chromium');
    expect(m.commands[0]).toBe('sudo -n apt-get update');
  });

  it('never installs where it may not, and explains how to get a browser', () => {
    const noPrivilege = machine({ as: 'neither' });
    expect(() => ensureChromium(noPrivilege.options)).toThrow(/apt-get install chromium/);
    const noApt = machine({ files: [] });
    expect(() => ensureChromium(noApt.options)).toThrow(/need Chromium or Chrome/);
    const mac = machine();
    expect(() => ensureChromium({ ...mac.options, platform: 'darwin' })).toThrow();
    const optedOut = machine();
    expect(() =>
      ensureChromium({ ...optedOut.options, env: { CLINIC_UI_NO_BROWSER_INSTALL: '1' } }),
    ).toThrow();
    expect([noPrivilege, noApt, mac, optedOut].flatMap((m) => m.commands)).toEqual([]);
  });

  it('does not paper over a $CHROME_PATH that names a missing file', () => {
    const m = machine();
    expect(() => ensureChromium({ ...m.options, env: { CHROME_PATH: '/opt/none' } })).toThrow(
      /CHROME_PATH is set to "\/opt\/none"/,
    );
    expect(m.commands).toEqual([]);
  });
});
