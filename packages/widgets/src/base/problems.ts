import type { ClinicProblemDetail } from '../types';

/**
 * Tells the page's author, once per element and problem, what is wrong, naming the element:
 * `[clinic-ui] <clinic-faq>: needs at least one <details> item; showing its content as it is.`
 * The same words go out as a `clinic-problem` event, for tools that show them beside the
 * element (the snippet builder) or collect them.
 */
const reported = new WeakMap<Element, Set<string>>();

export function reportProblem(element: Element, problem: string): void {
  const seen = reported.get(element) ?? new Set<string>();
  reported.set(element, seen);
  if (seen.has(problem)) return;
  seen.add(problem);
  const message = `[clinic-ui] <${element.localName}>: ${problem}`;
  console.warn(message);
  element.dispatchEvent(
    new CustomEvent<ClinicProblemDetail>('clinic-problem', {
      bubbles: true,
      composed: true,
      detail: { message },
    }),
  );
}

/** Bad content that stops an element from rendering its block; the light DOM stays visible. */
export class ContentError extends Error {}
