// When Preact re-renders a component whose state changed: in a microtask, as Preact does, except
// for changes made while an element renders for the first time, which wait for the browser's
// next frame.
//
// Why: as an accordion panel mounts, Radix's Presence keeps the panel's node in state, so every
// panel is rendered a second time, and before that second pass Preact runs the component's
// pending effects, where Presence reads the computed animation name: a forced style calculation
// of the whole new block. In a microtask all of that landed in the element's first-render task
// and doubled it (a comparison table's or an FAQ's, measured in Chromium). After the next frame
// the styles are computed anyway and the second pass changes nothing on screen. A reader's click
// (any change outside a first render) still re-renders at once.
import { options } from 'preact';

let firstRendering = false;

/**
 * Runs `callback` in a task after the browser's next frame, or after 100 ms where no frame comes
 * (a hidden tab), like Preact's own timing of effects. None of our code runs inside the frame: its
 * callback is `setTimeout` itself. Page-speed tools (Lighthouse's long tasks, long animation
 * frames) charge a frame's whole style, layout and paint to any script whose callback runs in it.
 */
export function afterNextFrame(callback: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    cancelAnimationFrame(frame);
    callback();
  };
  const frame = requestAnimationFrame(setTimeout.bind(globalThis, run, 0));
  const fallback = setTimeout(run, 100);
}

options.debounceRendering = (flush) => (firstRendering ? afterNextFrame : queueMicrotask)(flush);
// Effects (useEffect) too: Preact's hooks would run them after a requestAnimationFrame callback of
// their own, inside the frame.
options.requestAnimationFrame = afterNextFrame;

/** Runs an element's first render: state changes it causes re-render after the next frame. */
export function asFirstRender(render: () => void): void {
  firstRendering = true;
  try {
    render();
  } finally {
    firstRendering = false;
  }
}
