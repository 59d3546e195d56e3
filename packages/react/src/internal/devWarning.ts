/**
 * Logs a warning for developers, once per message, outside production builds. Bundlers replace
 * `process.env.NODE_ENV`; where nothing defines `process`, we are in development.
 */
const warned = new Set<string>();

function isProduction(): boolean {
  try {
    return process.env.NODE_ENV === 'production';
  } catch {
    return false;
  }
}

export function devWarning(message: string): void {
  if (isProduction() || warned.has(message)) return;
  warned.add(message);
  console.warn(`[clinic-ui] ${message}`);
}
