import { devWarning } from './devWarning';

const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);
// Any base works: it only lets relative URLs parse. It is never requested.
const parseBase = 'https://relative.invalid/';

/**
 * True for http(s), mailto, tel and relative URLs. False for `javascript:`, `data:`, `vbscript:`,
 * any other scheme, and strings the URL parser rejects. The WHATWG parser strips the tabs,
 * newlines and leading control characters that browsers ignore, so `java\tscript:` is caught too.
 */
export function isSafeUrl(url: string): boolean {
  if (url.trim() === '') return false;
  try {
    return allowedProtocols.has(new URL(url, parseBase).protocol);
  } catch {
    return false;
  }
}

/**
 * The URL if it is safe to use as an `href`, else undefined with a development warning naming
 * the prop, e.g. `safeHref(href, 'QuizCta', 'href')`.
 */
export function safeHref(
  url: string | undefined,
  component: string,
  prop: string,
): string | undefined {
  if (url === undefined || url === null) return undefined;
  if (isSafeUrl(url)) return url.trim();
  if (process.env.NODE_ENV !== 'production')
    devWarning(
      `${component}: ${prop} "${url}" is not a safe link (allowed: http, https, mailto, tel or relative URLs); it is not rendered as a link.`,
    );
  return undefined;
}
