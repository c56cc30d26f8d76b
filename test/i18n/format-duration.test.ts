import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../lib/shared/i18n/format-duration';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [59.6, '1 min'],
    [90, '1 min 30 s'],
    [200, '3 min 20 s'],
    [600, '10 min'],
    [754, '12 min'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
    [-5, '0 s'],
    [Number.NaN, '0 s'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
