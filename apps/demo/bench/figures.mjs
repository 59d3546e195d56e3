// Turns the raw timestamps of page-probes.mjs into the benchmark's figures, and sums up runs.
// Kept apart from the browser code so the definitions below are the one place to read them.

/** A task or frame blocks input for whatever it lasts beyond this (the TBT definition). */
export const blockingThreshold = 50;

/**
 * The bundle's window: from its start mark to all six elements rendered. A task counts when it
 * overlaps the window, so the task that runs the bundle counts in full although it starts a
 * little before the mark (fetching the compiled script, compiling it). Long tasks, not long
 * animation frames, give the longest task and TBT: that is how Lighthouse and web-vitals define
 * TBT (a frame can hold several tasks and adds style, layout and paint, so summing frames over
 * 50 ms would not be TBT). The frames are kept for attribution: which script ran, how much of it
 * was forced style and layout, and how long the frame's own rendering took after the task.
 * Tasks that start after the window (within page-probes' settle time) are counted apart: the
 * blocks' effects run there, after the first render the window ends with.
 *
 * A task in the window need not be the bundle's: on the demo the page's own first style and
 * layout of its long article (the first-screen blocks included) is one, 40–80 ms unthrottled on a
 * busy 2-core machine, and it came after the bundle's last call. The bundle's own tasks are the
 * long tasks in which a clinic-ui.js script ran (a long animation frame's script entry starting
 * inside the task), from its start mark to the end of the settle time: the unthrottled
 * counterpart of the task Lighthouse gives to clinic-ui.js, and what the budget holds. Frames list
 * only scripts of 5 ms or more, so a task whose bundle calls are all shorter is not counted.
 */
const overlaps = (start, duration, from, to) => start <= to && start + duration >= from;
const blocking = (tasks) =>
  tasks.reduce((sum, task) => sum + Math.max(0, task.duration - blockingThreshold), 0);
const longest = (entries) => Math.max(0, ...entries.map((entry) => entry.duration));

/** Figures of one load with the bundle (ms; `undefined` where the browser gave no entry). */
export function withBundleFigures(raw, bundlePathname) {
  const from = raw.mark;
  const to = raw.renderedAt;
  const tasks = raw.longTasks.filter((task) => overlaps(task.start, task.duration, from, to));
  const tasksAfter = raw.longTasks.filter((task) => task.start > to);
  const tasksBefore = raw.longTasks.filter((task) => task.start + task.duration < from);
  const frames = raw.frames.filter((frame) => overlaps(frame.start, frame.duration, from, to));
  const isBundle = (script) =>
    Boolean(script.sourceURL) && new URL(script.sourceURL).pathname === bundlePathname;
  const bundleScripts = frames.flatMap((frame) => frame.scripts).filter(isBundle);
  const bundleScriptsAfter = raw.frames
    .filter((frame) => frame.start > to)
    .flatMap((frame) => frame.scripts)
    .filter(isBundle);
  const bundleTasks = raw.longTasks.filter(
    (task) =>
      task.start + task.duration >= from &&
      raw.frames.some((frame) =>
        frame.scripts.some(
          (script) =>
            isBundle(script) &&
            script.start >= task.start &&
            script.start < task.start + task.duration,
        ),
      ),
  );
  const renderFrame = raw.frames.find(
    (frame) => frame.start <= to && frame.start + frame.duration >= to,
  );
  return {
    startToRendered: to - from,
    arrivalToRendered: raw.bundleResponseEnd === undefined ? undefined : to - raw.bundleResponseEnd,
    navigationToStart: from,
    navigationToRendered: to,
    navigationToPainted: raw.paintedAt,
    firstPaint: raw.firstPaint,
    firstContentfulPaint: raw.firstContentfulPaint,
    renderedMinusFcp:
      raw.firstContentfulPaint === undefined ? undefined : to - raw.firstContentfulPaint,
    longestTask: longest(tasks),
    longestBundleTask: longest(bundleTasks),
    totalBlockingTime: blocking(tasks),
    longTasks: tasks.length,
    longestTaskAfterRendered: longest(tasksAfter),
    blockingTimeAfterRendered: blocking(tasksAfter),
    bundleScriptTimeAfterRendered: bundleScriptsAfter.reduce(
      (sum, script) => sum + script.duration,
      0,
    ),
    longestFrame: longest(frames),
    frameBlockingTime: frames.reduce((sum, frame) => sum + (frame.blockingDuration ?? 0), 0),
    bundleScriptTime: bundleScripts.reduce((sum, script) => sum + script.duration, 0),
    forcedStyleAndLayout: bundleScripts.reduce(
      (sum, script) => sum + script.forcedStyleAndLayoutDuration,
      0,
    ),
    // Style, layout and paint of the frame the blocks first appear in, after its tasks.
    renderFrameRendering: renderFrame
      ? renderFrame.start + renderFrame.duration - renderFrame.renderStart
      : undefined,
    layoutShift: raw.layoutShift,
    // The page's own longest task before the bundle (e.g. parsing a long article).
    longestTaskBeforeBundle: longest(tasksBefore),
  };
}

/** Figures of one load with the bundle's request blocked: the page as its HTML alone paints it. */
export function withoutBundleFigures(raw) {
  return {
    firstPaint: raw.firstPaint,
    firstContentfulPaint: raw.firstContentfulPaint,
    layoutShift: raw.layoutShift,
    longestTask: longest(raw.longTasks),
  };
}

export const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** min, median and max of one figure over runs (runs without a value are left out). */
export function spread(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  if (numbers.length === 0) return { min: undefined, median: undefined, max: undefined, runs: [] };
  return {
    min: Math.min(...numbers),
    median: median(numbers),
    max: Math.max(...numbers),
    runs: values,
  };
}

/** For each numeric key of the runs' figure objects, its spread over the runs. */
export function spreads(runs) {
  const keys = [...new Set(runs.flatMap((run) => Object.keys(run)))].filter((key) =>
    runs.some((run) => typeof run[key] === 'number'),
  );
  return Object.fromEntries(keys.map((key) => [key, spread(runs.map((run) => run[key]))]));
}
