import type { Report } from '../core/report';

const warned = new Set<string>();

/**
 * Logs a warning for developers, once per message. Call it as
 * `if (process.env.NODE_ENV !== 'production') devWarning(…)`: bundlers replace the condition, so
 * production builds drop the call and its message.
 */
export function devWarning(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[clinic-ui] ${message}`);
}

/**
 * The Report a block hands to the shared input rules: a development warning prefixed with the
 * component, e.g. `[clinic-ui] Byline: published "…" is not a real date…`. In production builds it
 * is undefined, so the rules say nothing.
 */
export function devReport(component: string): Report | undefined {
  if (process.env.NODE_ENV === 'production') return undefined;
  return (problem) => devWarning(`${component}: ${problem}`);
}
