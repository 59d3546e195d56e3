// `npm test` runs many turbo tasks at once and their output interleaves, so a CI log's last screen
// rarely shows why a task failed. After a failed run, the root test script prints, last, the part
// of each failed task's own log that says why (read from turbo's run summary, `--summarize`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of turbo's run summary (`.turbo/runs/*.json`) this report reads. */
export interface RunSummary {
  tasks: {
    taskId: string;
    logFile?: string;
    execution?: { exitCode?: number | null };
  }[];
}

export interface FailedTask {
  taskId: string;
  exitCode: number | null;
  /** The log lines that explain the failure, colour codes removed. */
  excerpt: string[];
}

// Colour and cursor codes (ESC [ ... letter), which turbo keeps in its log files.
// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;?]*[A-Za-z]/g;

// vitest ends a failed run with its failures, each under a "⎯⎯ Failed Tests N ⎯⎯" style rule.
const vitestFailures = /⎯+\s*(Failed (Tests|Suites)|Unhandled (Errors|Rejection))/;

/**
 * Cuts a task's log down to the lines that explain its failure: from vitest's first failure
 * section on, or else (tsc, eslint, prettier, size-limit print their complaint last) the tail.
 */
export function failureExcerpt(log: string, maxLines = 60): string[] {
  const lines = log
    .replace(ansi, '')
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''));
  while (lines.at(-1) === '') lines.pop();
  const section = lines.findIndex((line) => vitestFailures.test(line));
  const from = section >= 0 ? section : Math.max(0, lines.length - maxLines);
  const excerpt = lines.slice(from, from + maxLines);
  const left = lines.length - from - excerpt.length;
  if (left > 0) excerpt.push(`… ${left} more lines in the task's log`);
  return excerpt;
}

/** The tasks of a run that exited non-zero, each with the part of its log that says why. */
export function failedTasks(
  summary: RunSummary,
  readLog: (logFile: string) => string | undefined,
): FailedTask[] {
  return summary.tasks
    .filter((task) => {
      const code = task.execution?.exitCode;
      return code !== undefined && code !== 0;
    })
    .map((task) => {
      const log = task.logFile ? readLog(task.logFile) : undefined;
      return {
        taskId: task.taskId,
        exitCode: task.execution?.exitCode ?? null,
        excerpt:
          log === undefined
            ? [`(no log file: ${task.logFile ?? 'none recorded'})`]
            : failureExcerpt(log),
      };
    });
}

/** The newest run summary turbo wrote under `<root>/.turbo/runs`, if any. */
export function newestRunSummary(root: string): RunSummary | undefined {
  const dir = join(root, '.turbo', 'runs');
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  } catch {
    return undefined;
  }
  const newest = files
    .map((file) => ({ file, mtime: statSync(join(dir, file)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)[0];
  return newest
    ? (JSON.parse(readFileSync(join(dir, newest.file), 'utf8')) as RunSummary)
    : undefined;
}

/** The report printed at the end of a failed `npm test`. */
export function failedTasksReport(tasks: FailedTask[]): string {
  if (tasks.length === 0)
    return 'failed tasks: turbo failed, but its run summary names no failed task.';
  return [
    `failed tasks (${tasks.length}): ${tasks.map((task) => task.taskId).join(', ')}`,
    ...tasks.flatMap((task) => [
      '',
      `── ${task.taskId} (exit ${task.exitCode ?? 'none'}) ──`,
      ...task.excerpt,
    ]),
  ].join('\n');
}
