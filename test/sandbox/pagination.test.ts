import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SandboxServer } from '../../sandbox/server';
import { allPages, call, type Page, rowOf, start } from './helpers';

let sandbox: SandboxServer;
let sessionsUrl: string;

beforeAll(async () => {
  sandbox = await start({ scale: 1500 });
  sessionsUrl = `${sandbox.url}resources/techmont.cz/sessions/`;
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

/** Sessions of techmont.cz the API should list: all of them except blacklisted companies'. */
function expectedSessionCount(): number {
  const { sessions, companies, initialBlacklist } = sandbox.data;
  const hidden = new Set(initialBlacklist.map((entry) => entry.companyId));
  let count = 0;
  for (let row = 0; row < sessions.count; row++) {
    const company = companies[sessions.company[row] ?? -1];
    if (sessions.resource[row] === 0 && !(company && hidden.has(company.id))) count++;
  }
  return count;
}

describe('cursor pagination', () => {
  it('follows next links to the end without duplicates or gaps, newest first', async () => {
    const { results, pages } = await allPages(`${sessionsUrl}?page_size=100`, sandbox.token);
    const ids = results.map((s) => s.id as number);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(expectedSessionCount());
    expect(pages).toBe(Math.ceil(ids.length / 100));
    const sorted = [...ids].sort((a, b) => b - a);
    expect(ids).toEqual(sorted);
    const times = results.map((s) => s.first_timestamp as string);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('uses 50 per page by default, caps page_size at 500 and ignores invalid values', async () => {
    const sizes = async (query: string) =>
      (await call<Page>(`${sessionsUrl}${query}`, sandbox.token)).body.results.length;
    expect(await sizes('')).toBe(50);
    expect(await sizes('?page_size=7')).toBe(7);
    expect(await sizes('?page_size=5000')).toBe(500);
    expect(await sizes('?page_size=abc')).toBe(50);
    expect(await sizes('?page_size=0')).toBe(50);
  });

  it('gives absolute next/previous links that keep the filters, and no previous on page one', async () => {
    const first = await call<Page>(`${sessionsUrl}?session_type=identified&page_size=5`, sandbox.token);
    expect(first.body.previous).toBeNull();
    const next = new URL(first.body.next ?? '');
    expect(next.origin).toBe(sandbox.origin);
    expect(next.pathname).toBe('/v1/resources/techmont.cz/sessions/');
    expect(next.searchParams.get('session_type')).toBe('identified');
    expect(next.searchParams.get('page_size')).toBe('5');
    expect(next.searchParams.get('cursor')).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('walks back with previous links to the same pages', async () => {
    const p1 = await call<Page>(`${sessionsUrl}?page_size=10`, sandbox.token);
    const p2 = await call<Page>(p1.body.next ?? '', sandbox.token);
    const p3 = await call<Page>(p2.body.next ?? '', sandbox.token);
    const back2 = await call<Page>(p3.body.previous ?? '', sandbox.token);
    expect(back2.body.results).toEqual(p2.body.results);
    const back1 = await call<Page>(back2.body.previous ?? '', sandbox.token);
    expect(back1.body.results).toEqual(p1.body.results);
    expect(back1.body.previous).toBeNull();
  });

  it('keeps its place when items disappear between pages (blacklisting)', async () => {
    const p1 = await call<Page>(`${sessionsUrl}?page_size=20`, sandbox.token);
    const identified = p1.body.results.find((s) => s.company !== null);
    const companyId = (identified?.company as { id: number } | undefined)?.id;
    expect(companyId).toBeDefined();
    await call(`${sandbox.url}blacklist/`, sandbox.token, { method: 'POST', body: { company: companyId } });
    const rest = await allPages(p1.body.next ?? '', sandbox.token);
    const seen = new Set(p1.body.results.map((s) => s.id));
    for (const s of rest.results) {
      expect(seen.has(s.id)).toBe(false);
      expect((s.company as { id: number } | null)?.id).not.toBe(companyId);
    }
    const lastOnPage1 = p1.body.results[p1.body.results.length - 1]?.id as number;
    expect(rest.results[0]?.id as number).toBeLessThan(lastOnPage1);
  });

  it('rejects tampered, garbage and empty cursors with 404 Invalid cursor', async () => {
    const p1 = await call<Page>(`${sessionsUrl}?page_size=5`, sandbox.token);
    const next = new URL(p1.body.next ?? '');
    const cursor = next.searchParams.get('cursor') ?? '';
    const decoded = Buffer.from(cursor, 'base64').toString();
    // Move the position by one digit and re-encode: valid base64, wrong signature.
    const edited = Buffer.from(
      decoded.replace(/p=(\d)/, (_, d: string) => `p=${(Number(d) + 1) % 10}`),
    ).toString('base64');
    // Flip one character in the middle of the base64 text.
    const middle = Math.floor(cursor.length / 2);
    const flipped = cursor.slice(0, middle) + (cursor[middle] === 'A' ? 'B' : 'A') + cursor.slice(middle + 1);
    for (const bad of [edited, flipped, 'not-a-cursor', '', '%%%']) {
      const url = new URL(next.href);
      url.searchParams.set('cursor', bad);
      const res = await call(url.href, sandbox.token);
      expect(res.status, bad).toBe(404);
      expect(res.body).toEqual({ detail: 'Invalid cursor' });
    }
  });

  it('paginates actions in time order', async () => {
    const t = sandbox.data.sessions;
    let row = 0;
    while ((t.actionCount[row] ?? 0) < 5) row++;
    const id = t.firstId + row;
    const { results, pages } = await allPages(
      `${sandbox.url}sessions/${id}/actions/?page_size=2`,
      sandbox.token,
    );
    expect(results.length).toBe(t.actionCount[row]);
    expect(pages).toBe(Math.ceil(results.length / 2));
    const times = results.map((a) => a.timestamp as string);
    expect(times).toEqual([...times].sort());
    expect(rowOf(sandbox, id)).toBe(row);
  });

  it('builds links from the request’s Host header', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(
        `${sandbox.url}resources/?page_size=1`,
        { headers: { Host: 'leady.local:9000', Authorization: `Token ${sandbox.token}` } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end();
    });
    const page = JSON.parse(body) as Page;
    expect(page.next).toMatch(/^http:\/\/leady\.local:9000\/v1\/resources\/\?cursor=/);
    expect(page.results[0]?.sessions_url).toBe('http://leady.local:9000/v1/resources/techmont.cz/sessions/');
  });
});
