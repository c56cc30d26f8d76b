import { describe, expect, it } from 'vitest';
import { hashCodes, hashKey } from '../../lib/matching/key-hash';

describe('key hashes', () => {
  it.each(['', 'firma.cz', 'pekarna novak', 'ооо газпром', 'x'.repeat(300)])(
    'hashKey and hashCodes agree on %j',
    (key) => {
      const codes = new Uint16Array(key.length + 4);
      for (let i = 0; i < key.length; i += 1) codes[i + 2] = key.charCodeAt(i);
      expect(hashCodes(codes, 2, key.length + 2)).toBe(hashKey(key));
    },
  );

  it('is a non-negative 30-bit integer (a V8 small integer)', () => {
    for (const key of ['a', 'b', 'firma.cz', 'gmail.com', '\uffff'.repeat(9)]) {
      const hash = hashKey(key);
      expect(Number.isInteger(hash)).toBe(true);
      expect(hash).toBeGreaterThanOrEqual(0);
      expect(hash).toBeLessThan(2 ** 30);
    }
  });

  it('spreads similar keys', () => {
    const hashes = new Set<number>();
    for (let i = 0; i < 100_000; i += 1) hashes.add(hashKey(`pekarna-novak-${i}.cz`));
    // 100,000 keys in 2^30 values: a handful of collisions at most.
    expect(hashes.size).toBeGreaterThan(99_980);
  });
});
