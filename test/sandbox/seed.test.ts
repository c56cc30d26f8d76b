import { describe, expect, it } from 'vitest';
import { icoNumber } from '../../lib/shared/matching/ico';
import { createSeedData } from '../../sandbox/seed';
import { randomIco } from '../../sandbox/seed/ico';
import { stream } from '../../sandbox/seed/prng';
import { allPages, call, FIXED_NOW, type Json, type Page, start } from './helpers';

describe('seeded IČOs', () => {
  it('are 8 digits with a check digit the extension accepts, for every remainder', () => {
    const rng = stream(7, 'ico-test');
    const checkDigits = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const ico = randomIco(rng);
      expect(ico).toMatch(/^\d{8}$/);
      expect(icoNumber(ico)).toBe(Number(ico));
      checkDigits.add(ico[7]!);
    }
    // Remainders 0 and 1 map to check digits 1 and 0: all ten digits turn up.
    expect(checkDigits.size).toBe(10);
  });
});

describe('determinism', () => {
  it('the same seed and instant give identical data; another seed differs', () => {
    const a = createSeedData({ seed: 7, scale: 500, now: FIXED_NOW });
    const b = createSeedData({ seed: 7, scale: 500, now: FIXED_NOW });
    const c = createSeedData({ seed: 8, scale: 500, now: FIXED_NOW });
    expect(b.companies).toEqual(a.companies);
    expect(b.persons).toEqual(a.persons);
    expect(Buffer.from(b.sessions.start.buffer)).toEqual(Buffer.from(a.sessions.start.buffer));
    expect(Buffer.from(b.sessions.actionPage.buffer)).toEqual(Buffer.from(a.sessions.actionPage.buffer));
    expect(c.companies.map((x) => x.name)).not.toEqual(a.companies.map((x) => x.name));
  });

  it('the hour of `now` moves the timestamps, not who visited which page', () => {
    // Issue 11: at 09:20 UTC the first s.r.o. company had no session at all, at 08:20 it had several.
    const at = (iso: string) => createSeedData({ seed: 1, scale: 3000, now: new Date(iso) }).sessions;
    const morning = at('2026-12-03T08:20:00Z');
    for (const other of [
      at('2026-12-03T09:20:00Z'),
      at('2027-01-01T00:10:00Z'),
      at('2031-06-15T12:00:00Z'),
    ]) {
      expect(other.company).toEqual(morning.company);
      expect(other.resource).toEqual(morning.resource);
      expect(other.referrer).toEqual(morning.referrer);
      expect(other.actionPage).toEqual(morning.actionPage);
      expect(other.firstId).toBe(morning.firstId);
    }
  });

  it('two servers with the same seed answer byte for byte the same', async () => {
    const [one, two] = await Promise.all([start({ scale: 400, seed: 3 }), start({ scale: 400, seed: 3 })]);
    try {
      const normalize = (text: string, origin: string) => text.split(origin).join('ORIGIN');
      const fetchText = async (sandbox: typeof one, path: string) =>
        normalize(
          await (
            await fetch(`${sandbox.url}${path}`, { headers: { Authorization: `Token ${sandbox.token}` } })
          ).text(),
          sandbox.origin,
        );
      for (const path of [
        'resources/techmont.cz/sessions/?page_size=200',
        'persons/?page_size=50',
        'blacklist/',
      ]) {
        expect(await fetchText(two, path)).toBe(await fetchText(one, path));
      }
      const page = (await call<Page>(`${one.url}resources/techmont.cz/sessions/?page_size=2`, one.token))
        .body;
      // Cursors are signed with a seed-derived key, so links are reproducible too.
      const next = new URL(page.next ?? '');
      const onTwo = await call<Page>(`${two.url}resources/techmont.cz/sessions/${next.search}`, two.token);
      expect(onTwo.status).toBe(200);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});

describe('realistic volume', () => {
  it('spreads ~3000 sessions over 90 days with 1–15 actions each', () => {
    const data = createSeedData({ seed: 1, scale: 3000, now: FIXED_NOW });
    const t = data.sessions;
    expect(t.count).toBe(3000);
    const nowSeconds = FIXED_NOW.getTime() / 1000;
    expect(t.start[0]).toBeGreaterThanOrEqual(nowSeconds - 90 * 86_400);
    expect(t.start[0]).toBeLessThan(nowSeconds - 80 * 86_400);
    expect(t.last[t.count - 1]).toBeLessThan(nowSeconds);
    let unidentified = 0;
    let broken = 0;
    for (let row = 0; row < t.count; row++) {
      if ((t.company[row] ?? 0) < 0) unidentified++;
      const actions = t.actionCount[row] ?? 0;
      if (actions < 1 || actions > 15 || (t.last[row] ?? 0) < (t.start[row] ?? 0)) broken++;
    }
    expect(broken).toBe(0);
    expect(unidentified / t.count).toBeGreaterThan(0.2);
    expect(unidentified / t.count).toBeLessThan(0.3);
  });

  it('starts with 100 000 sessions and serves them', async () => {
    const sandbox = await start({ scale: 100_000 });
    try {
      expect(sandbox.data.sessions.count).toBe(100_000);
      const page = await call<Page>(
        `${sandbox.url}resources/techmont.cz/sessions/?page_size=500&action_count_min=10`,
        sandbox.token,
      );
      expect(page.status).toBe(200);
      expect(page.body.results).toHaveLength(500);
      const second = await call<Page>(page.body.next ?? '', sandbox.token);
      expect(second.status).toBe(200);
      const newest = sandbox.data.sessions.firstId + 99_999;
      const detail = await call<Json>(`${sandbox.url}sessions/${newest}/`, sandbox.token);
      expect(detail.body.id).toBe(newest);
      const actions = await allPages(detail.body.action_list_url as string, sandbox.token);
      expect(actions.results.length).toBeGreaterThan(0);
    } finally {
      await sandbox.close();
    }
  });
});
