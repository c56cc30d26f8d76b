import { describe, expect, it } from 'vitest';
import { compactString } from '../../lib/matching/compact-string';

describe('compactString', () => {
  it.each(['', 'firma.cz', 'pekarna-novak-plzen.cz', 'ооо газпром и партнёры', 'x'.repeat(1000)])(
    'returns an equal string for %j',
    (text) => {
      expect(compactString(text.slice(0))).toBe(text);
    },
  );

  it('copies a long slice out of its parent', () => {
    const url = `https://www.${'pekarna-novak-plzen'}.cz/kontakt/${'x'.repeat(100)}`;
    expect(compactString(url.slice(12, 34))).toBe('pekarna-novak-plzen.cz');
  });
});
