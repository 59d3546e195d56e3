import type { HeadingLevel } from '@clinic-ui/react/internal';

const isClinicElement = (element: Element) => element.localName.startsWith('clinic-');

/**
 * One level below the nearest heading before `element` in the page, so a block placed in an
 * `<h3>` section gets an `<h4>`; 2 when nothing precedes it (the page's `<h1>` gives 2 as well).
 * Headings inside other Clinic UI elements are their light-DOM fallbacks, which the rendered
 * blocks replace, so they do not count.
 */
export function levelBelowPrecedingHeading(element: Element): HeadingLevel {
  const walker = document.createTreeWalker(
    document.body ?? document.documentElement,
    NodeFilter.SHOW_ELEMENT,
  );
  walker.currentNode = element;
  for (let node = walker.previousNode(); node; node = walker.previousNode()) {
    const heading = node as Element;
    const match = /^h([1-6])$/.exec(heading.localName);
    if (!match || insideClinicElement(heading)) continue;
    return Math.min(Math.max(Number(match[1]) + 1, 2), 6) as HeadingLevel;
  }
  return 2;
}

function insideClinicElement(node: Element): boolean {
  for (let parent = node.parentElement; parent; parent = parent.parentElement)
    if (isClinicElement(parent)) return true;
  return false;
}
