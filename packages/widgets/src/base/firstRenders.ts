// Spreads the elements' first renders over tasks, one element per turn of the browser, so that
// upgrading a page never holds the main thread in one long task (page-speed tools count every task
// over 50 ms against the host page). The elements in the viewport go first, then the rest, each
// group in document order. Waiting moves nothing: until an element has rendered, the snippet's
// pre-upgrade stylesheet keeps its light DOM in the block's final box (it matches
// `:not([rendered])`, and the element attaches its shadow root only in its turn).

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
 * A queue of first renders. Each drain takes everything queued so far (one layout read to find
 * what is in view), then renders it one element per turn; elements queued meanwhile form the next
 * batch.
 */
export function createFirstRenderQueue(
  options: {
    yieldToBrowser?: () => Promise<void>;
    isInViewport?: (element: Element) => boolean;
    /**
     * Work every first render needs, done once, in a turn of its own before the first one (the
     * shared stylesheet's parse). If it throws, the renders go on: each one meets the problem
     * itself and reports it.
     */
    prepare?: () => void;
  } = {},
): FirstRenderQueue {
  const giveTurn = options.yieldToBrowser ?? yieldToBrowser;
  const inViewport = options.isInViewport ?? isInViewport;
  let prepare = options.prepare;
  const waiting = new Map<Element, () => void>();
  let draining = false;

  async function drain(): Promise<void> {
    draining = true;
    try {
      if (prepare) {
        const once = prepare;
        prepare = undefined;
        await giveTurn();
        try {
          once();
        } catch {
          // Reported by the renders that need it.
        }
      }
      while (waiting.size > 0) {
        const batch = [...waiting.keys()].sort((a, b) =>
          a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
        );
        const visible = batch.filter(inViewport);
        for (const element of [...visible, ...batch.filter((item) => !visible.includes(item))]) {
          await giveTurn();
          const render = waiting.get(element);
          waiting.delete(element);
          render?.();
        }
      }
    } finally {
      draining = false;
    }
  }

  return {
    add(element, render) {
      waiting.set(element, render);
      // Upgrades queue their elements synchronously, one after another: the drain starts in a
      // microtask, once they all have.
      if (draining) return;
      draining = true;
      queueMicrotask(() => void drain());
    },
  };
}
