import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SandboxServer } from '../../sandbox/server';
import { allPages, call, type Json, type Page, start } from './helpers';

let sandbox: SandboxServer;

beforeAll(async () => {
  sandbox = await start({ scale: 1200 });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

const blacklistUrl = () => `${sandbox.url}blacklist/`;
const post = (body: unknown) => call(blacklistUrl(), sandbox.token, { method: 'POST', body });

/** The company with the most sessions on techmont.cz that is not blacklisted at start. */
function busyCompany(): { id: number; name: string; website: string | null } {
  const { sessions, companies, initialBlacklist } = sandbox.data;
  const counts = new Map<number, number>();
  for (let row = 0; row < sessions.count; row++) {
    const index = sessions.company[row] ?? -1;
    if (index >= 0 && sessions.resource[row] === 0) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  const blocked = new Set(initialBlacklist.map((entry) => entry.companyId));
  const [index] = [...counts.entries()]
    .filter(([i]) => !blocked.has(companies[i]?.id ?? -1))
    .sort((a, b) => b[1] - a[1])[0] as [number, number];
  const company = companies[index];
  if (!company) throw new Error('no company');
  return { id: company.id, name: company.name, website: company.website };
}

async function sessionsOf(companyId: number): Promise<Json[]> {
  return (await allPages(`${sandbox.url}resources/techmont.cz/sessions/?company=${companyId}`, sandbox.token))
    .results;
}

describe('blacklist', () => {
  it('starts with the seeded entries, newest first, each with company {id, name, website}', async () => {
    const res = await call<Page>(blacklistUrl(), sandbox.token);
    expect(res.status).toBe(200);
    expect(res.body.results.length).toBe(sandbox.data.initialBlacklist.length);
    const ids = res.body.results.map((e) => e.id as number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    for (const entry of res.body.results) {
      expect(Object.keys(entry.company as Json).sort()).toEqual(['id', 'name', 'website']);
      expect(Number.isNaN(Date.parse(entry.created as string))).toBe(false);
    }
    const own = res.body.results.find((e) => (e.company as Json).id === sandbox.data.ownCompanyId);
    expect((own?.company as Json | undefined)?.name).toBe('Techmont s.r.o.');
  });

  it('adding hides the company’s sessions; removing shows them again', async () => {
    const company = busyCompany();
    const before = await sessionsOf(company.id);
    expect(before.length).toBeGreaterThan(0);

    const added = await post({ company: company.id });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id: expect.any(Number), company, created: expect.any(String) });
    expect(added.headers.get('location')).toBe(`${sandbox.url}blacklist/${added.body.id}/`);

    expect(await sessionsOf(company.id)).toEqual([]);
    const all = (await allPages(`${sandbox.url}resources/techmont.cz/sessions/?page_size=500`, sandbox.token))
      .results;
    expect(all.some((s) => (s.company as Json | null)?.id === company.id)).toBe(false);
    // The session detail stays reachable; only lists hide it.
    expect((await call(`${sandbox.url}sessions/${before[0]?.id}/`, sandbox.token)).status).toBe(200);

    const listed = (await call<Page>(blacklistUrl(), sandbox.token)).body.results;
    expect(listed[0]?.id).toBe(added.body.id);

    const removed = await call(`${blacklistUrl()}${added.body.id}/`, sandbox.token, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    expect(removed.body).toBeNull();
    expect(await sessionsOf(company.id)).toEqual(before);
    const again = await call(`${blacklistUrl()}${added.body.id}/`, sandbox.token, { method: 'DELETE' });
    expect(again.status).toBe(404);
    expect(again.body).toEqual({ detail: 'Not found.' });
  });

  it('refuses duplicates, unknown companies, wrong types and a missing field', async () => {
    const company = busyCompany();
    expect((await post({ company: company.id })).status).toBe(201);
    const duplicate = await post({ company: company.id });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toEqual({ company: ['Company is already blacklisted.'] });

    expect((await post({ company: 1 })).body).toEqual({
      company: ['Invalid pk "1" - object does not exist.'],
    });
    expect((await post({ company: 'abc' })).body).toEqual({
      company: ['Incorrect type. Expected pk value, received str.'],
    });
    expect((await post({ company: true })).body).toEqual({
      company: ['Incorrect type. Expected pk value, received bool.'],
    });
    expect((await post({ company: null })).body).toEqual({ company: ['This field may not be null.'] });
    expect((await post({})).body).toEqual({ company: ['This field is required.'] });
  });

  it('dates a new entry on the data’s timeline (started at --now), not by the wall clock', async () => {
    const added = await post({ company: busyCompany().id });
    const created = Date.parse((added.body as Json).created as string);
    const now = sandbox.data.now.getTime();
    // The seeded entries are dated before `now`; one added a moment after start-up must follow them.
    expect(created).toBeGreaterThanOrEqual(now);
    expect(created).toBeLessThan(now + 10 * 60_000);
  });

  it('accepts the id as a numeric string, as DRF does', async () => {
    const company = busyCompany();
    expect((await post({ company: String(company.id) })).status).toBe(201);
  });

  it('reset restores the seeded blacklist', async () => {
    await post({ company: busyCompany().id });
    await call(`${blacklistUrl()}${sandbox.data.initialBlacklist[0]?.id}/`, sandbox.token, {
      method: 'DELETE',
    });
    await call(`${sandbox.origin}/__sandbox/reset`, null, { method: 'POST' });
    const entries = (await call<Page>(blacklistUrl(), sandbox.token)).body.results;
    expect(entries.map((e) => e.id).sort()).toEqual(sandbox.data.initialBlacklist.map((e) => e.id).sort());
  });
});
