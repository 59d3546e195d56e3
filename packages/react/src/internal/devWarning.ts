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
