import { describe, expect, it } from 'vitest';
import { HashChains } from '../../lib/matching/hash-chains';

function linksOf(table: HashChains, hash: number): number[] {
  const links: number[] = [];
  for (let link = table.first(hash); link !== -1; link = table.nextLink(link)) links.push(link);
  return links.sort((a, b) => a - b);
}

describe('HashChains', () => {
  it('chains several links under one hash and removes any of them', () => {
    const table = new HashChains();
    table.add(7, 1);
    table.add(7, 5);
    table.add(7, 3);
    table.add(9, 2);
    expect(linksOf(table, 7)).toEqual([1, 3, 5]);
    table.remove(7, 3);
    expect(linksOf(table, 7)).toEqual([1, 5]);
    table.remove(7, 1);
    table.remove(7, 5);
    expect(table.has(7)).toBe(false);
    expect(linksOf(table, 9)).toEqual([2]);
  });

  it('ignores removing what is not there', () => {
    const table = new HashChains();
    table.add(1, 1);
    table.remove(1, 2);
    table.remove(2, 1);
    expect(linksOf(table, 1)).toEqual([1]);
  });

  it('behaves like a Map<hash, Set<link>> under random adds and removes, through many rehashes', () => {
    const table = new HashChains(16);
    const model = new Map<number, Set<number>>();
    let seed = 12345;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const present = new Map<number, number>(); // link → hash
    for (let step = 0; step < 40_000; step += 1) {
      if (present.size > 0 && random(3) === 0) {
        const links = [...present.keys()];
        const link = links[random(links.length)]!;
        const hash = present.get(link)!;
        table.remove(hash, link);
        model.get(hash)?.delete(link);
        present.delete(link);
      } else {
        // Few distinct hashes, so chains grow and cells empty and refill.
        const hash = random(2000) * 7919;
        const link = step;
        table.add(hash, link);
        if (!model.has(hash)) model.set(hash, new Set());
        model.get(hash)!.add(link);
        present.set(link, hash);
      }
    }
    for (const [hash, links] of model) expect(linksOf(table, hash)).toEqual([...links].sort((a, b) => a - b));
    expect(table.has(1)).toBe(false);
  });

  it('gives each link its payload, from the cell for a single link, through removals, rehashes and refreshes', () => {
    const table = new HashChains(16, true);
    const payload = new Map<number, number>(); // link → payload
    const hashOf = new Map<number, number>(); // link → hash
    const check = () => {
      for (const hash of new Set(hashOf.values())) {
        let link = table.first(hash);
        expect(table.headPayload).toBe(payload.get(link));
        for (link = table.nextLink(link); link !== -1; link = table.nextLink(link)) {
          expect(table.payloadOf(link)).toBe(payload.get(link));
        }
      }
    };
    for (let link = 0; link < 3000; link += 1) {
      // Hashes shared by up to three links: chains go from single to several and back.
      const hash = (link % 1000) * 7919;
      table.add(hash, link, link * 3 + 1);
      payload.set(link, link * 3 + 1);
      hashOf.set(link, hash);
    }
    check();
    for (let link = 0; link < 3000; link += 2) {
      table.remove(hashOf.get(link)!, link);
      hashOf.delete(link);
    }
    check();
    table.refreshPayloads((link) => link * 5);
    for (const link of hashOf.keys()) payload.set(link, link * 5);
    check();
  });

  it('stays compact: about 12 bytes per key at 100,000 keys', () => {
    const table = new HashChains();
    for (let i = 0; i < 100_000; i += 1) table.add((i * 2654435761) & 0x3fffffff, i);
    expect(table.byteLength).toBeLessThan(100_000 * 30);
    expect(linksOf(table, (99_999 * 2654435761) & 0x3fffffff)).toEqual([99_999]);
  });
});
