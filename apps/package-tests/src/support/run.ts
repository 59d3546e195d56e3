import { spawn } from 'node:child_process';

export interface RunResult {
  command: string;
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * The environment for commands run in a consumer project: the test runner's own variables
 * (NODE_ENV=test, VITEST_*, npm_* from `npm run`/`npx`) would change what npm installs and how
 * Vite builds, so they are dropped, as if a user ran the command in a fresh shell.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(npm_|NODE_ENV$|VITEST|TEST$|INIT_CWD$|FORCE_COLOR$)/i.test(key),
    ),
  );
}

/** Runs a command to completion; never throws (see `runOk`). */
export function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  const started = performance.now();
  const label = `${command} ${args.join(' ')} (in ${cwd})`;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...cleanEnv(), NO_COLOR: '1', CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ command: label, code, stdout, stderr, ms: performance.now() - started }),
    );
  });
}

/** Runs a command and throws, with the end of its output, unless it exits 0. */
export async function runOk(command: string, args: string[], cwd: string): Promise<RunResult> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(describeFailure(result));
  return result;
}

export function describeFailure(result: RunResult): string {
  const tail = (text: string) => text.trim().split('\n').slice(-40).join('\n');
  return [
    `\`${result.command}\` exited with ${result.code}`,
    result.stdout.trim() && `--- stdout (end) ---\n${tail(result.stdout)}`,
    result.stderr.trim() && `--- stderr (end) ---\n${tail(result.stderr)}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Wall-clock timings of the slow steps, printed after the file so runs can be compared. */
export const timings: [step: string, ms: number][] = [];

/**
 * One progress line, written straight to stderr (not through vitest's console capture, which adds
 * a header per line): npm pack, npm install and vite build are otherwise quiet for minutes.
 */
function progress(line: string): void {
  process.stderr.write(`package-tests: ${line}\n`);
}

/** Runs a slow step, saying when it starts and when it ends (with its time), and records it. */
export async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  let outcome = 'failed';
  progress(`${step}…`);
  try {
    const result = await work();
    outcome = 'done';
    return result;
  } finally {
    const ms = performance.now() - started;
    timings.push([step, ms]);
    progress(`${step}… ${outcome} in ${Math.round(ms / 1000)} s`);
  }
}
