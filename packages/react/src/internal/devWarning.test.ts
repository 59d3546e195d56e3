import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkPhone } from '../core/rules';
import { devReport } from './devWarning';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('devReport', () => {
  it('warns once, prefixed with the component, in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const report = devReport('BookingCta');
    checkPhone('call us', 'phone', report);
    checkPhone('call us', 'phone', report);
    expect(warn.mock.calls).toEqual([
      [
        '[clinic-ui] BookingCta: phone "call us" may hold only digits, spaces, +, -, parentheses and dots; it is not shown.',
      ],
    ]);
  });

  it('is absent in production builds, so the shared rules say nothing', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const report = devReport('Byline');
    expect(report).toBeUndefined();
    expect(checkPhone('still not a number', 'phone', report)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});
