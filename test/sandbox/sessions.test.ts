import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxServer } from '../../sandbox/server';
import { allPages, call, type Json, type Page, rowOf, start } from './helpers';

let sandbox: SandboxServer;
let sessionsUrl: string;

beforeAll(async () => {
  sandbox = await start({ scale: 1500 });
  sessionsUrl = `${sandbox.url}resources/techmont.cz/sessions/`;
});
afterAll(() => sandbox.close());

async function list(query: Record<string, string>): Promise<Json[]> {
  const params = new URLSearchParams({ page_size: '500', ...query });
  return (await allPages(`${sessionsUrl}?${params}`, sandbox.token)).results;
}

const ids = (sessions: Json[]) => sessions.map((s) => s.id);

describe('session list filters', () => {
  it('period_start accepts "YYYY-MM-DD HH:MM:SS" (UTC), an ISO offset and Z alike', async () => {
    const utc = await list({ period_start: '2025-05-20 10:00:00' });
    const offset = await list({ period_start: '2025-05-20T12:00:00+02:00' });
    const zulu = await list({ period_start: '2025-05-20T10:00:00Z' });
    expect(utc.length).toBeGreaterThan(0);
    expect(ids(offset)).toEqual(ids(utc));
    expect(ids(zulu)).toEqual(ids(utc));
    for (const s of utc)
      expect(Date.parse(s.first_timestamp as string)).toBeGreaterThanOrEqual(
        Date.parse('2025-05-20T10:00:00Z'),
      );
    const all = await list({});
    expect(utc.length).toBeLessThan(all.length);
  });

  it('period_start/period_end accept plain dates (midnight UTC) and bound both ends', async () => {
    const window = await list({ period_start: '2025-05-01', period_end: '2025-05-08' });
    expect(window.length).toBeGreaterThan(0);
    for (const s of window) {
      const t = Date.parse(s.first_timestamp as string);
      expect(t).toBeGreaterThanOrEqual(Date.parse('2025-05-01T00:00:00Z'));
      expect(t).toBeLessThanOrEqual(Date.parse('2025-05-08T00:00:00Z'));
    }
  });

  it('action_count_min/max and seconds_spent_min/max match the sessions’ actions', async () => {
    const t = sandbox.data.sessions;
    const byActions = await list({ action_count_min: '3', action_count_max: '5' });
    expect(byActions.length).toBeGreaterThan(0);
    for (const s of byActions) {
      const count = t.actionCount[rowOf(sandbox, s.id)] ?? 0;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(5);
    }
    const bySeconds = await list({ seconds_spent_min: '120', seconds_spent_max: '600' });
    expect(bySeconds.length).toBeGreaterThan(0);
    for (const s of bySeconds) {
      const seconds = t.secondsSpent[rowOf(sandbox, s.id)] ?? 0;
      expect(seconds).toBeGreaterThanOrEqual(120);
      expect(seconds).toBeLessThanOrEqual(600);
    }
    // The seconds total is the sum of the actions' known seconds_spent.
    const sample = bySeconds[0] as Json;
    const actions = (await allPages(sample.action_list_url as string, sandbox.token)).results;
    const sum = actions.reduce((total, a) => total + ((a.seconds_spent as number | null) ?? 0), 0);
    expect(sum).toBe(t.secondsSpent[rowOf(sandbox, sample.id)]);
  });

  it('session_type splits identified and unidentified visitors', async () => {
    const identified = await list({ session_type: 'identified' });
    const unidentified = await list({ session_type: 'unidentified' });
    expect(identified.every((s) => s.company !== null)).toBe(true);
    expect(unidentified.every((s) => s.company === null)).toBe(true);
    expect(identified.length + unidentified.length).toBe((await list({})).length);
    // About a quarter of visitors stay unidentified.
    const share = unidentified.length / (identified.length + unidentified.length);
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.35);
  });

  it('company=<id> lists only that company’s sessions', async () => {
    const first = (await call<Page>(`${sessionsUrl}?session_type=identified`, sandbox.token)).body.results[0];
    const companyId = (first?.company as { id: number } | undefined)?.id;
    expect(companyId).toBeDefined();
    const sessions = await list({ company: String(companyId) });
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => (s.company as { id: number }).id === companyId)).toBe(true);
  });

  it('saved_filter_id applies the saved filter’s criteria', async () => {
    const filters = (await call<Page>(`${sandbox.url}saved-filters/`, sandbox.token)).body.results;
    expect(filters.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(filters[0] ?? {}).sort()).toEqual(['id', 'name', 'resource']);
    const identifiedOnly = filters.find((f) => f.name === 'Identifikované firmy');
    const sessions = await list({ saved_filter_id: String(identifiedOnly?.id) });
    expect(ids(sessions)).toEqual(ids(await list({ session_type: 'identified' })));
    const long = filters.find((f) => String(f.name).startsWith('Dlouhé'));
    const longSessions = await list({ saved_filter_id: String(long?.id) });
    expect(longSessions.length).toBeGreaterThan(0);
    for (const s of longSessions)
      expect(sandbox.data.sessions.secondsSpent[rowOf(sandbox, s.id)]).toBeGreaterThanOrEqual(300);
  });

  it('reports every invalid filter value as a field error', async () => {
    const params = new URLSearchParams({
      period_start: '2025-13-01',
      period_end: 'yesterday',
      action_count_min: '2.5',
      seconds_spent_max: 'lots',
      session_type: 'returning',
      company: '1',
      saved_filter_id: '999999',
    });
    const res = await call(`${sessionsUrl}?${params}`, sandbox.token);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      period_start: ['Enter a valid date/time.'],
      period_end: ['Enter a valid date/time.'],
      action_count_min: ['Enter a whole number.'],
      seconds_spent_max: ['Enter a whole number.'],
      saved_filter_id: ['Select a valid choice. That choice is not one of the available choices.'],
      session_type: ['Select a valid choice. returning is not one of the available choices.'],
      company: ['Select a valid choice. That choice is not one of the available choices.'],
    });
  });

  it('rejects an offset whose "+" was not URL-encoded (it arrives as a space)', async () => {
    const res = await call(`${sessionsUrl}?period_start=2025-05-20T12:00:00+02:00`, sandbox.token);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ period_start: ['Enter a valid date/time.'] });
  });

  it('404 for an unknown resource', async () => {
    const res = await call(`${sandbox.url}resources/unknown.cz/sessions/`, sandbox.token);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ detail: 'Not found.' });
  });
});

describe('sessions and actions', () => {
  it('session fields follow the contract and detail equals the list entry', async () => {
    const page = await call<Page>(`${sessionsUrl}?session_type=identified&page_size=3`, sandbox.token);
    const session = page.body.results[0] as Json;
    expect(session).toMatchObject({
      id: expect.any(Number),
      first_timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      last_timestamp: expect.stringMatching(/Z$/),
      action_list_url: `${sandbox.url}sessions/${session.id}/actions/`,
    });
    expect('referrer' in session && 'search_engine_query' in session).toBe(true);
    expect(Object.keys(session.company as Json).sort()).toEqual(
      ['contact_persons', 'detail_url', 'email', 'id', 'name', 'territory', 'website'].sort(),
    );
    const detail = await call(`${sandbox.url}sessions/${session.id}/`, sandbox.token);
    expect(detail.body).toEqual(session);
    expect((await call(`${sandbox.url}sessions/1/`, sandbox.token)).status).toBe(404);
    expect((await call(`${sandbox.url}sessions/abc/`, sandbox.token)).status).toBe(404);
  });

  it('actions stay within the session and include null/0 seconds and missing titles somewhere', async () => {
    const t = sandbox.data.sessions;
    const seen = { nullSeconds: false, zeroSeconds: false, noTitle: false };
    for (let row = t.count - 1; row >= t.count - 60; row--) {
      const id = t.firstId + row;
      const session = (await call(`${sandbox.url}sessions/${id}/`, sandbox.token)).body;
      const actions = (await allPages(session.action_list_url as string, sandbox.token)).results;
      expect(actions.length).toBeGreaterThanOrEqual(1);
      expect(actions.length).toBeLessThanOrEqual(15);
      expect(actions[0]?.timestamp).toBe(session.first_timestamp);
      expect(actions[actions.length - 1]?.timestamp).toBe(session.last_timestamp);
      for (const action of actions) {
        expect(String(action.location)).toMatch(
          /^https:\/\/(www\.techmont\.(cz|sk)|akademie\.techmont\.cz)\//,
        );
        if (action.seconds_spent === null) seen.nullSeconds = true;
        if (action.seconds_spent === 0) seen.zeroSeconds = true;
        if (!('title' in action)) seen.noTitle = true;
      }
    }
    expect(seen).toEqual({ nullSeconds: true, zeroSeconds: true, noTitle: true });
  });

  it('referrers include search engines with queries and direct visits', async () => {
    const sessions = await list({});
    const queries = sessions.filter((s) => typeof s.search_engine_query === 'string');
    expect(queries.length).toBeGreaterThan(0);
    expect(sessions.some((s) => s.referrer === null)).toBe(true);
    expect(sessions.some((s) => String(s.referrer).includes('seznam.cz'))).toBe(true);
    expect(queries.map((s) => s.search_engine_query)).toContain('crm pro malé firmy');
  });
});
