// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { failedTasks, failedTasksReport, failureExcerpt, newestRunSummary } from './failedTasks';

const esc = '\u001b';
// vitest's failure section, as the excerpt should give it: without colour codes or trailing blanks.
const failureSection = [
  '⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯',
  '',
  ' FAIL  src/turbo-cache.test.ts > the turbo build cache > is a full hit when nothing changed',
  "AssertionError: @clinic-ui/wordpress#build: expected 'MISS' to be 'HIT'",
  ' ❯ src/turbo-cache.test.ts:68:62',
  '',
  ' Test Files  1 failed | 2 passed (3)',
];
// The end of a failed vitest run as turbo logs it: passing files first, then the failures, coloured.
const vitestLog = [
  `${esc}[32m✓${esc}[39m src/release.test.ts (20 tests) 3965ms`,
  '',
  '',
  `${esc}[31m${failureSection[0]}${esc}[39m`,
  ...failureSection.slice(1),
  '',
].join('\n');

describe('failureExcerpt', () => {
  it('starts a vitest log at its failures and drops the colour codes', () => {
    expect(failureExcerpt(vitestLog)).toEqual(failureSection);
  });

  it('gives the tail of other logs (tsc, eslint print their complaint last), and says what it cut', () => {
    const log = [
      ...Array.from({ length: 100 }, (_, i) => `line ${i}`),
      'src/a.ts(1,1): error TS2322',
    ].join('\n');
    const excerpt = failureExcerpt(log, 10);
    expect(excerpt).toHaveLength(10);
    expect(excerpt.at(0)).toBe('line 91');
    expect(excerpt.at(-1)).toBe('src/a.ts(1,1): error TS2322');
  });

  it('caps a long failure section and says how much is left', () => {
    const log = [
      '⎯⎯⎯ Failed Tests 9 ⎯⎯⎯',
      ...Array.from({ length: 30 }, (_, i) => `detail ${i}`),
    ].join('\n');
    const excerpt = failureExcerpt(log, 5);
    expect(excerpt).toEqual([
      '⎯⎯⎯ Failed Tests 9 ⎯⎯⎯',
      'detail 0',
      'detail 1',
      'detail 2',
      'detail 3',
      "… 26 more lines in the task's log",
    ]);
  });
});

describe('failedTasks', () => {
  it('reports only the tasks that ran and exited non-zero, each with its log excerpt', () => {
    const logs: Record<string, string> = { 'apps/package-tests/.turbo/turbo-test.log': vitestLog };
    const tasks = failedTasks(
      {
        tasks: [
          {
            taskId: '@clinic-ui/tokens#build',
            logFile: 'packages/tokens/.turbo/turbo-build.log',
            execution: { exitCode: 0 },
          },
          {
            taskId: '@clinic-ui/package-tests#test',
            logFile: 'apps/package-tests/.turbo/turbo-test.log',
            execution: { exitCode: 1 },
          },
          {
            taskId: '@clinic-ui/demo#test',
            logFile: 'apps/demo/.turbo/turbo-test.log',
            execution: { exitCode: 1 },
          },
          // Never started (its dependency failed): no execution recorded.
          {
            taskId: '@clinic-ui/demo#bench:check',
            logFile: 'apps/demo/.turbo/turbo-bench:check.log',
          },
        ],
      },
      (file) => logs[file],
    );
    expect(tasks.map((task) => task.taskId)).toEqual([
      '@clinic-ui/package-tests#test',
      '@clinic-ui/demo#test',
    ]);
    expect(tasks[0]?.excerpt).toContain(
      "AssertionError: @clinic-ui/wordpress#build: expected 'MISS' to be 'HIT'",
    );
    expect(tasks[1]?.excerpt).toEqual(['(no log file: apps/demo/.turbo/turbo-test.log)']);

    const report = failedTasksReport(tasks);
    expect(report).toMatch(
      /^failed tasks \(2\): @clinic-ui\/package-tests#test, @clinic-ui\/demo#test\n/,
    );
    expect(report).toContain(
      '── @clinic-ui/package-tests#test (exit 1) ──\n⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1',
    );
  });

  it('says so when turbo failed but no task did', () => {
    expect(failedTasksReport([])).toMatch(/names no failed task/);
  });
});

describe('newestRunSummary', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("reads the newest of turbo's run summaries, and nothing when there is none", () => {
    root = mkdtempSync(join(tmpdir(), 'failed-tasks-'));
    expect(newestRunSummary(root)).toBeUndefined();
    const runs = join(root, '.turbo', 'runs');
    mkdirSync(runs, { recursive: true });
    writeFileSync(join(runs, 'older.json'), JSON.stringify({ tasks: [{ taskId: 'old#test' }] }));
    writeFileSync(join(runs, 'newer.json'), JSON.stringify({ tasks: [{ taskId: 'new#test' }] }));
    utimesSync(join(runs, 'older.json'), new Date(1_000_000), new Date(1_000_000));
    expect(newestRunSummary(root)?.tasks[0]?.taskId).toBe('new#test');
  });
});
