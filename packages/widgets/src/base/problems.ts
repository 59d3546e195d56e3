/**
 * Tells the page's author, once per element and problem, what is wrong, naming the element:
 * `[clinic-ui] <clinic-faq>: needs at least one <details> item; showing its content as it is.`
 */
const reported = new WeakMap<Element, Set<string>>();

export function reportProblem(element: Element, problem: string): void {
  const seen = reported.get(element) ?? new Set<string>();
  reported.set(element, seen);
  if (seen.has(problem)) return;
  seen.add(problem);
  console.warn(`[clinic-ui] <${element.localName}>: ${problem}`);
}

/** Bad content that stops an element from rendering its block; the light DOM stays visible. */
export class ContentError extends Error {}
