import { afterEach, describe, expect, it } from 'vitest';
import { createFirstRenderQueue } from './firstRenders';

afterEach(() => document.body.replaceChildren());

/** A queue whose turns are handed out by the test, and a log of what rendered when. */
function queueWithManualTurns(
  inView: (element: Element) => boolean,
  prepare?: (log: string[]) => void,
) {
  const log: string[] = [];
  const turns: (() => void)[] = [];
  const queue = createFirstRenderQueue({
    isInViewport: inView,
    prepare: prepare && (() => prepare(log)),
    yieldToBrowser: () =>
      new Promise<void>((resolve) => {
        log.push('yield');
        turns.push(resolve);
      }),
  });
  const nextTurn = async () => {
    turns.shift()?.();
    await new Promise((resolve) => setTimeout(resolve));
  };
  return { queue, log, nextTurn };
}

function elements(...names: string[]): HTMLElement[] {
  return names.map((name) => {
    const element = document.createElement('div');
    element.id = name;
    document.body.append(element);
    return element;
  });
}

describe('first renders', () => {
  it('render one per turn: the ones in view first, then the others, in document order', async () => {
    const [a, b, c, d] = elements('a', 'b', 'c', 'd');
    const { queue, log, nextTurn } = queueWithManualTurns((element) =>
      ['b', 'd'].includes(element.id),
    );
    // Queued out of document order, as upgrades can be.
    for (const element of [d!, c!, b!, a!]) queue.add(element, () => log.push(element.id));
    await Promise.resolve();
    expect(log).toEqual(['yield']);
    for (let turn = 0; turn < 4; turn++) await nextTurn();
    expect(log).toEqual(['yield', 'b', 'yield', 'd', 'yield', 'a', 'yield', 'c']);
  });

  it('takes elements queued while draining into the same run, after a turn', async () => {
    const [a, b] = elements('a', 'b');
    const { queue, log, nextTurn } = queueWithManualTurns(() => false);
    queue.add(a!, () => {
      log.push('a');
      queue.add(b!, () => log.push('b'));
    });
    await Promise.resolve();
    expect(log).toEqual(['yield']);
    await nextTurn();
    expect(log).toEqual(['yield', 'a', 'yield']);
    await nextTurn();
    expect(log).toEqual(['yield', 'a', 'yield', 'b']);
  });

  it('prepares once, in a turn of its own, before the first render', async () => {
    const [a, b] = elements('a', 'b');
    const { queue, log, nextTurn } = queueWithManualTurns(
      () => true,
      (log) => log.push('prepare'),
    );
    queue.add(a!, () => log.push('a'));
    await Promise.resolve();
    expect(log).toEqual(['yield']);
    await nextTurn();
    expect(log).toEqual(['yield', 'prepare', 'yield']);
    await nextTurn();
    expect(log).toEqual(['yield', 'prepare', 'yield', 'a']);
    // A later element (a later drain) is not prepared for again.
    queue.add(b!, () => log.push('b'));
    await Promise.resolve();
    await nextTurn();
    expect(log).toEqual(['yield', 'prepare', 'yield', 'a', 'yield', 'b']);
  });

  it('still renders when preparing fails (each render meets and reports the problem)', async () => {
    const [a] = elements('a');
    const { queue, log, nextTurn } = queueWithManualTurns(
      () => true,
      () => {
        throw new Error('no stylesheet');
      },
    );
    queue.add(a!, () => log.push('a'));
    await Promise.resolve();
    await nextTurn();
    await nextTurn();
    expect(log).toEqual(['yield', 'yield', 'a']);
  });
});
