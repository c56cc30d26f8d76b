import { describe, expect, it } from 'vitest';
import { SlotKeys } from '../../lib/matching/slot-keys';

describe('SlotKeys', () => {
  it('stores, compares and returns ASCII and non-ASCII keys', () => {
    const keys = new SlotKeys(3);
    keys.set(0, 0, 'pekarna novak');
    keys.set(0, 1, 'pekarna-novak.cz');
    keys.set(1, 0, 'ооо газпром');
    expect(keys.get(0, 0)).toBe('pekarna novak');
    expect(keys.get(0, 1)).toBe('pekarna-novak.cz');
    expect(keys.get(0, 2)).toBeUndefined();
    expect(keys.get(1, 0)).toBe('ооо газпром');
    expect(keys.equals(0, 0, 'pekarna novak')).toBe(true);
    expect(keys.equals(0, 0, 'pekarna novat')).toBe(false);
    expect(keys.equals(0, 0, 'pekarna nova')).toBe(false);
    expect(keys.equals(1, 0, 'ооо газпром')).toBe(true);
    expect(keys.equals(0, 2, '')).toBe(false);
    const codes = Uint16Array.from('ооо газпром', (c) => c.charCodeAt(0));
    expect(keys.equalsCodes(1, 0, codes, codes.length)).toBe(true);
    expect(keys.equalsLowercaseAsciiAt(keys.refOf(0, 1), 'https://PEKARNA-Novak.cz/', 8, 24)).toBe(true);
    expect(keys.equalsLowercaseAsciiAt(keys.refOf(0, 1), 'https://pekarna-novak.sk/', 8, 24)).toBe(false);
  });

  it('shares one copy between two kinds of a slot and frees it once', () => {
    const keys = new SlotKeys(3);
    keys.set(5, 1, 'firma.cz');
    keys.share(5, 2, 1);
    expect(keys.get(5, 2)).toBe('firma.cz');
    keys.clearSlot(5);
    expect(keys.get(5, 1)).toBeUndefined();
    expect(keys.get(5, 2)).toBeUndefined();
  });

  it('keeps every live key through churn and compaction, and stays bounded', () => {
    const keys = new SlotKeys(3);
    const model = new Map<number, [string, string | undefined]>();
    let round = 0;
    for (let step = 0; step < 60_000; step += 1) {
      const slot = step % 3000;
      if (model.has(slot)) keys.clearSlot(slot);
      round += 1;
      const name = round % 7 === 0 ? `firma ${round} ž` : `firma number ${round}`;
      const domain = round % 3 === 0 ? undefined : `firma-${round}.cz`;
      keys.set(slot, 0, name);
      if (domain !== undefined) {
        keys.set(slot, 1, domain);
        if (round % 2 === 0) keys.share(slot, 2, 1);
      }
      model.set(slot, [name, domain]);
    }
    for (const [slot, [name, domain]] of model) {
      expect(keys.get(slot, 0)).toBe(name);
      expect(keys.get(slot, 1)).toBe(domain);
      expect(keys.equals(slot, 0, name)).toBe(true);
    }
    // 3000 live slots of ~40 bytes; 57,000 cleared ones must not have piled up.
    expect(keys.byteLength).toBeLessThan(1_000_000);
  });
});
