#!/usr/bin/env node
// The root test script runs this when its turbo run fails: it prints, last in the log, why each
// failed task failed (see src/failedTasks.ts), then exits 1 so the run still fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failedTasks, failedTasksReport, newestRunSummary } from '../dist/failedTasks.js';

const root = process.cwd();
const summary = newestRunSummary(root);
if (!summary) {
  console.error(
    'failed tasks: turbo wrote no run summary under .turbo/runs (was --summarize given?)',
  );
} else {
  const readLog = (file) => {
    try {
      return readFileSync(join(root, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  console.error(`\n${failedTasksReport(failedTasks(summary, readLog))}`);
}
process.exit(1);
