import { ignoreProblems, type Report } from './report';

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

/** http(s) or relative only: what an `<img src>` or a schema.org URL may hold. */
export function isHttpOrRelativeUrl(url: string): boolean {
  if (!isSafeUrl(url)) return false;
  const protocol = new URL(url, parseBase).protocol;
  return protocol === 'http:' || protocol === 'https:';
}

/**
 * The trimmed URL when it is safe to link to; otherwise undefined, reported as `name` with what
 * the reader gets instead (`instead`, e.g. "the name is shown without a link"). An absent value is
 * not a problem here: callers that require a link say so themselves.
 */
export function checkLink(
  url: string | undefined,
  name: string,
  report: Report = ignoreProblems,
  instead = 'it is not rendered as a link',
): string | undefined {
  if (url === undefined || url === null) return undefined;
  if (isSafeUrl(url)) return url.trim();
  report(
    `${name} "${url}" is not a safe link (allowed: http, https, mailto, tel or relative URLs); ${instead}.`,
  );
  return undefined;
}

/** Like `checkLink`, for images: http(s) or relative URLs only. */
export function checkImageUrl(
  url: string | undefined,
  name: string,
  report: Report = ignoreProblems,
): string | undefined {
  if (url === undefined || url === null) return undefined;
  if (isHttpOrRelativeUrl(url)) return url.trim();
  report(`${name} "${url}" is not an http(s) or relative image URL; the image is not shown.`);
  return undefined;
}
