// Spreads the elements' first renders over several tasks, so that upgrading a page never holds
// the main thread in one long task (page-speed tools count every task over 50 ms against the
// host page). The elements in the viewport render first, together: once an element is defined the
// pre-upgrade stylesheet (`:not(:defined)`) no longer holds its box, so a visible element left
// waiting would collapse on screen. The rest follow in document order, one per turn of the
// browser; off screen, their waiting moves nothing the reader sees.

/** Gives the browser a turn: `scheduler.yield()` where there is one, else a macrotask. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    // A message is a macrotask without setTimeout's clamping.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

/** Whether any of an element's box is in the viewport. */
export function isInViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const height = window.innerHeight || document.documentElement.clientHeight;
  const width = window.innerWidth || document.documentElement.clientWidth;
  return box.bottom >= 0 && box.top <= height && box.right >= 0 && box.left <= width;
}

export interface FirstRenderQueue {
  /** Queues `element`'s first render: `render` runs once, in its turn. */
  add(element: Element, render: () => void): void;
}

/**
 * A queue of first renders. Each drain takes everything queued so far, renders the elements in
 * the viewport in one go, then the others in document order, one per turn of the browser.
 */
export function createFirstRenderQueue(
  options: {
    yieldToBrowser?: () => Promise<void>;
    isInViewport?: (element: Element) => boolean;
  } = {},
): FirstRenderQueue {
  const giveTurn = options.yieldToBrowser ?? yieldToBrowser;
  const inViewport = options.isInViewport ?? isInViewport;
  const waiting = new Map<Element, () => void>();
  let draining = false;
  let scheduled = false;

  async function drain(): Promise<void> {
    draining = true;
    let firstSlice = true;
    try {
      while (waiting.size > 0) {
        // Document order; one layout read for the whole batch.
        const batch = [...waiting.keys()].sort((a, b) =>
          a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
        );
        const visible = batch.filter(inViewport);
        const rest = batch.filter((element) => !visible.includes(element));
        const take = (element: Element) => {
          const render = waiting.get(element);
          waiting.delete(element);
          render?.();
        };
        if (visible.length > 0) {
          if (!firstSlice) await giveTurn();
          visible.forEach(take);
        }
        firstSlice = false;
        for (const element of rest) {
          await giveTurn();
          take(element);
        }
      }
    } finally {
      draining = false;
    }
  }

  return {
    add(element, render) {
      waiting.set(element, render);
      // The first of a batch renders in a microtask, as soon as it can; the others take turns.
      if (draining || scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        void drain();
      });
    },
  };
}

/** The page's one queue, shared by every element of the bundle. */
export const firstRenders = createFirstRenderQueue();
