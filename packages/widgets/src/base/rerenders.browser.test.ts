// When state changes re-render (see rerenders.ts), in Chromium, with Preact behind React's names
// as the bundle ships it.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { asFirstRender } from './rerenders';

afterEach(() => document.body.replaceChildren());

/** Keeps its node in state as it mounts, as Radix's Presence does with an accordion panel. */
function SetsStateOnMount() {
  const [node, setNode] = useState<HTMLElement | null>(null);
  return createElement('p', { ref: setNode }, node ? 'second pass' : 'first pass');
}

/** A button that counts its clicks. */
function Counter() {
  const [count, setCount] = useState(0);
  return createElement('button', { onClick: () => setCount(count + 1) }, `clicked ${count}`);
}

function mount() {
  const host = document.createElement('div');
  document.body.append(host);
  return { host, root: createRoot(host) };
}

/** Resolves after every microtask queued so far (and those they queue) has run. */
const afterMicrotasks = () => new Promise<void>((resolve) => setTimeout(resolve));
/** Resolves in a task after the browser's next frame. */
const afterFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('re-renders', () => {
  it('wait for the next frame when a first render asked for them, not in its task', async () => {
    const { host, root } = mount();
    asFirstRender(() => root.render(createElement(SetsStateOnMount)));
    // The first render's task (its microtasks included) ends with the first pass on screen.
    await Promise.resolve();
    await Promise.resolve();
    expect(host.textContent).toBe('first pass');
    await afterFrame();
    expect(host.textContent).toBe('second pass');
  });

  it('run at once otherwise, as Preact runs them', async () => {
    const { host, root } = mount();
    root.render(createElement(SetsStateOnMount));
    await afterMicrotasks();
    expect(host.textContent).toBe('second pass');
  });

  it('answer a reader at once after a first render: a click re-renders in its own task', async () => {
    const { host, root } = mount();
    asFirstRender(() => root.render(createElement(Counter)));
    await afterFrame();
    const button = host.querySelector('button')!;
    button.click();
    expect(button.textContent).toBe('clicked 0');
    await Promise.resolve();
    await Promise.resolve();
    expect(button.textContent).toBe('clicked 1');
  });
});
