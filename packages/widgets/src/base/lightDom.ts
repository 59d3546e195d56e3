import { isSafeUrl } from '@clinic-ui/react/internal';
import { createElement, Fragment, type ReactNode } from 'react';

/** Inline markup that survives from light DOM into a block: links and emphasis. */
const inlineTags = new Set(['a', 'em', 'strong', 'i', 'b', 'code', 'br', 'small', 'mark']);
/** Structure kept in longer content (FAQ answers) as well. */
const blockTags = new Set(['p', 'ul', 'ol', 'li']);
/** Elements whose text is never content. */
const droppedTags = new Set(['script', 'style', 'template', 'noscript']);

export interface ConvertOptions {
  /** Keep paragraphs and lists too (for longer answers). */
  blocks?: boolean;
  /** Called with a description of each unsafe link dropped. */
  onUnsafeLink?: (href: string) => void;
}

/**
 * Turns light-DOM nodes into React nodes without ever parsing HTML: text stays text; links (with
 * safe URLs only) and emphasis keep their tag but no other attribute; every other element is
 * replaced by its converted content. Nothing in the content can run.
 */
export function convertNodes(nodes: Iterable<Node>, options: ConvertOptions = {}): ReactNode {
  const children: ReactNode[] = [];
  for (const node of nodes) {
    const converted = convertNode(node, options);
    if (converted !== null) children.push(converted);
  }
  return createElement(Fragment, null, ...children);
}

function convertNode(node: Node, options: ConvertOptions): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.localName;
  if (droppedTags.has(tag)) return null;
  const content = convertNodes(element.childNodes, options);
  if (tag === 'br') return createElement('br');
  if (tag === 'a') {
    const href = element.getAttribute('href');
    if (href !== null && isSafeUrl(href)) return createElement('a', { href: href.trim() }, content);
    if (href !== null) options.onUnsafeLink?.(href);
    return content;
  }
  if (inlineTags.has(tag) || (options.blocks && blockTags.has(tag))) {
    return createElement(tag, null, content);
  }
  return content;
}

/** The trimmed text of an element, for attributes and structured data. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
