import { describe, expect, it } from 'vitest';
import { isLeadyError, type LeadyError } from '../../lib/shared/api/errors';
import type { ApiRequest } from '../../lib/shared/api/request';
import { createLeadyClient, type LeadyClient } from '../../lib/worker/api/client';

type CallOptions = NonNullable<Parameters<LeadyClient['listResources']>[0]>;

import { createFetchTransport } from '../../lib/worker/api/fetch-transport';
import { fakeFetch, json, type Responder, sequence } from './fake-fetch';

const BASE = 'https://api.leady.com/v1/';
const TOKEN = 'tok-77c0ffee';

function setup(responder: Responder, baseUrl = BASE) {
  const fake = fakeFetch(responder);
  const inner = createFetchTransport({ getToken: async () => TOKEN, fetch: fake.fetch });
  const requests: ApiRequest[] = [];
  const client = createLeadyClient({
    baseUrl,
    transport: (request) => {
      requests.push(request);
      return inner(request);
    },
  });
  return { client, requests, calls: fake.calls };
}

async function failure(promise: Promise<unknown>): Promise<LeadyError> {
  try {
    await promise;
  } catch (error) {
    if (isLeadyError(error)) return error;
    throw error;
  }
  throw new Error('expected failure');
}

const emptyPage = { next: null, previous: null, results: [] };
const session = {
  id: 101,
  company: { id: 7, name: 'Acme', detail_url: `${BASE}companies/7/s3cr3t/` },
  action_list_url: `${BASE}sessions/101/actions/?token=abc%2F`,
};
/** `session` as the client returns it: list fields default to []. */
const parsedSession = { ...session, company: { ...session.company, contact_persons: [] } };

interface EndpointCase {
  name: string;
  call: (client: LeadyClient, options: CallOptions) => Promise<unknown>;
  response: () => Response;
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  scope: ApiRequest['scope'];
  endpoint: string;
  body?: unknown;
  result: unknown;
}

const page = (results: unknown[]) => ({ next: null, previous: null, results, dropped: 0 });

const endpoints: EndpointCase[] = [
  {
    name: 'getToken',
    call: (c, o) => c.getToken('jan@acme.cz', 'pa55', o),
    response: () => json({ token: 'new-token' }),
    method: 'POST',
    url: `${BASE}api-token-get/`,
    scope: 'auth',
    endpoint: 'auth.token-get',
    body: { email: 'jan@acme.cz', password: 'pa55' },
    result: 'new-token',
  },
  {
    name: 'resetToken',
    call: (c, o) => c.resetToken(o),
    response: () => json({ token: 'fresh' }),
    method: 'POST',
    url: `${BASE}api-token-reset/`,
    scope: 'auth',
    endpoint: 'auth.token-reset',
    result: 'fresh',
  },
  {
    name: 'listResources',
    call: (c, o) => c.listResources(o),
    response: () => json({ ...emptyPage, results: [{ domain: 'acme.cz', name: 'Acme' }] }),
    method: 'GET',
    url: `${BASE}resources/`,
    scope: 'lists',
    endpoint: 'resources.list',
    result: page([{ domain: 'acme.cz', name: 'Acme' }]),
  },
  {
    name: 'getResource',
    call: (c, o) => c.getResource('acme.cz', o),
    response: () => json({ domain: 'acme.cz' }),
    method: 'GET',
    url: `${BASE}resources/acme.cz/`,
    scope: 'lists',
    endpoint: 'resources.get',
    result: { domain: 'acme.cz' },
  },
  {
    name: 'listSessions',
    call: (c, o) => c.listSessions('acme.cz', {}, o),
    response: () => json({ ...emptyPage, results: [session] }),
    method: 'GET',
    url: `${BASE}resources/acme.cz/sessions/`,
    scope: 'sessions',
    endpoint: 'sessions.list',
    result: page([parsedSession]),
  },
  {
    name: 'getSession',
    call: (c, o) => c.getSession(101, o),
    response: () => json(session),
    method: 'GET',
    url: `${BASE}sessions/101/`,
    scope: 'sessions',
    endpoint: 'sessions.get',
    result: parsedSession,
  },
  {
    name: 'listActions',
    call: (c, o) => c.listActions(session, o),
    response: () => json({ ...emptyPage, results: [{ location: 'https://acme.cz/', seconds_spent: 5 }] }),
    method: 'GET',
    url: session.action_list_url,
    scope: 'sessions',
    endpoint: 'actions.list',
    result: page([{ location: 'https://acme.cz/', seconds_spent: 5 }]),
  },
  {
    name: 'getCompany',
    call: (c, o) => c.getCompany(session.company.detail_url, o),
    response: () => json({ id: 7, name: 'Acme' }),
    method: 'GET',
    url: session.company.detail_url,
    scope: 'companies',
    endpoint: 'companies.get',
    result: { id: 7, name: 'Acme', phones: [], contact_persons: [] },
  },
  {
    name: 'getPerson',
    call: (c, o) => c.getPerson(`${BASE}persons/3/t0k/`, o),
    response: () => json({ id: 3, name: 'Jan' }),
    method: 'GET',
    url: `${BASE}persons/3/t0k/`,
    scope: 'companies',
    endpoint: 'persons.get',
    result: { id: 3, name: 'Jan' },
  },
  {
    name: 'listPersons',
    call: (c, o) => c.listPersons(7, o),
    response: () => json({ ...emptyPage, results: [{ id: 3, company: 7 }] }),
    method: 'GET',
    url: `${BASE}persons/?company=7`,
    scope: 'companies',
    endpoint: 'persons.list',
    result: page([{ id: 3, company: 7 }]),
  },
  {
    name: 'listSavedFilters',
    call: (c, o) => c.listSavedFilters(o),
    response: () => json({ ...emptyPage, results: [{ id: 4, name: 'Hot' }] }),
    method: 'GET',
    url: `${BASE}saved-filters/`,
    scope: 'lists',
    endpoint: 'saved-filters.list',
    result: page([{ id: 4, name: 'Hot' }]),
  },
  {
    name: 'listBlacklist',
    call: (c, o) => c.listBlacklist(o),
    response: () => json({ ...emptyPage, results: [{ id: 5, company: { id: 7, name: 'Acme' } }] }),
    method: 'GET',
    url: `${BASE}blacklist/`,
    scope: 'lists',
    endpoint: 'blacklist.list',
    result: page([{ id: 5, company: { id: 7, name: 'Acme' } }]),
  },
  {
    name: 'addToBlacklist',
    call: (c, o) => c.addToBlacklist(7, o),
    response: () => json({ id: 5, company: { id: 7, name: 'Acme' } }, { status: 201 }),
    method: 'POST',
    url: `${BASE}blacklist/`,
    scope: 'lists',
    endpoint: 'blacklist.add',
    body: { company: 7 },
    result: { id: 5, company: { id: 7, name: 'Acme' } },
  },
  {
    name: 'removeFromBlacklist',
    call: (c, o) => c.removeFromBlacklist(5, o),
    response: () => new Response(null, { status: 204 }),
    method: 'DELETE',
    url: `${BASE}blacklist/5/`,
    scope: 'lists',
    endpoint: 'blacklist.remove',
    result: undefined,
  },
  {
    name: 'listTurnovers',
    call: (c, o) => c.listTurnovers(undefined, o),
    response: () => json([{ id: 1, name: '0–1 mil.', min: 0, max: 1_000_000 }]),
    method: 'GET',
    url: `${BASE}turnovers/`,
    scope: 'lists',
    endpoint: 'turnovers.list',
    result: page([{ id: 1, name: '0–1 mil.', min: 0, max: 1_000_000 }]),
  },
  {
    name: 'listMagnitudes',
    call: (c, o) => c.listMagnitudes('cz', o),
    response: () => json({ ...emptyPage, results: [{ id: 2, name: '10–19', min: 10, max: 19 }] }),
    method: 'GET',
    url: `${BASE}magnitudes/?country=cz`,
    scope: 'lists',
    endpoint: 'magnitudes.list',
    result: page([{ id: 2, name: '10–19', min: 10, max: 19 }]),
  },
];

describe('client endpoints', () => {
  it.each(endpoints)('$name', async (c) => {
    const { client, requests, calls } = setup(c.response);
    const signal = new AbortController().signal;
    await expect(c.call(client, { priority: 'background', signal })).resolves.toEqual(c.result);

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request).toMatchObject({
      method: c.method,
      url: c.url,
      scope: c.scope,
      endpoint: c.endpoint,
      auth: c.endpoint !== 'auth.token-get',
      priority: 'background',
      signal,
    });
    expect(request?.body).toEqual(c.body);

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.method).toBe(c.method);
    expect(call?.url).toBe(c.url);
    expect(call?.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(call?.headers.get('authorization')).toBe(
      c.endpoint === 'auth.token-get' ? null : `Token ${TOKEN}`,
    );
    expect(call?.body === undefined ? undefined : JSON.parse(call.body)).toEqual(c.body);
  });

  it('covers every endpoint name exactly once', () => {
    expect(new Set(endpoints.map((c) => c.endpoint)).size).toBe(endpoints.length);
  });

  it('leaves priority and signal out when not given', async () => {
    const { client, requests } = setup(() => json(emptyPage));
    await client.listResources();
    expect(requests[0]).not.toHaveProperty('priority');
    expect(requests[0]).not.toHaveProperty('signal');
  });
});

describe('client: sessions filters and paths', () => {
  it('sends every filter, times as UTC "YYYY-MM-DD HH:MM:SS"', async () => {
    const { client, calls } = setup(() => json(emptyPage));
    await client.listSessions('acme.cz', {
      period_start: new Date('2026-11-27T10:00:00+01:00'),
      period_end: Date.parse('2026-11-28T00:00:00Z'),
      saved_filter_id: 4,
      action_count_min: 2,
      action_count_max: 10,
      seconds_spent_min: 30,
      seconds_spent_max: 600,
      session_type: 'new',
      company: 7,
    });
    const url = new URL(calls[0]?.url ?? '');
    expect(url.origin + url.pathname).toBe(`${BASE}resources/acme.cz/sessions/`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      period_start: '2026-11-27 09:00:00',
      period_end: '2026-11-28 00:00:00',
      saved_filter_id: '4',
      action_count_min: '2',
      action_count_max: '10',
      seconds_spent_min: '30',
      seconds_spent_max: '600',
      session_type: 'new',
      company: '7',
    });
  });

  it('refuses a filter that is not a whole number, without sending', async () => {
    const { client, calls } = setup(() => json(emptyPage));
    await expect(client.listSessions('acme.cz', { action_count_min: 1.5 })).rejects.toThrow(TypeError);
    await expect(client.listSessions('acme.cz', { period_start: new Date('x') })).rejects.toThrow(RangeError);
    expect(calls).toHaveLength(0);
  });

  it('URL-encodes domains and ids and refuses path tricks', async () => {
    const { client, calls } = setup(() => json({ domain: 'x' }));
    await client.getResource('a/b?c#d.cz');
    expect(calls[0]?.url).toBe(`${BASE}resources/a%2Fb%3Fc%23d.cz/`);
    await expect(client.getResource('..')).rejects.toThrow(TypeError);
    await expect(client.getResource('%2e%2E')).rejects.toThrow(TypeError);
    await expect(client.getSession('1/../2')).rejects.toThrow(TypeError);
    await expect(client.removeFromBlacklist(-1)).rejects.toThrow(TypeError);
    expect(calls).toHaveLength(1);
  });

  it('accepts a numeric-string session id', async () => {
    const { client, calls } = setup(() => json(session));
    await client.getSession('101');
    expect(calls[0]?.url).toBe(`${BASE}sessions/101/`);
  });

  it('builds paths under a base URL with a path and no trailing slash (a proxy)', async () => {
    const { client, calls } = setup(() => json(emptyPage), 'https://proxy.example.com/leady/v1');
    expect(client.baseUrl).toBe('https://proxy.example.com/leady/v1/');
    await client.listSessions('acme.cz');
    expect(calls[0]?.url).toBe('https://proxy.example.com/leady/v1/resources/acme.cz/sessions/');
  });

  it('refuses an invalid base URL at creation', () => {
    expect(() => createLeadyClient({ baseUrl: 'not a url', transport: async () => null })).toThrow();
  });
});

describe('client: links from responses', () => {
  it.each([
    [
      'getCompany',
      (c: LeadyClient) => c.getCompany('https://evil.example/v1/companies/7/s3cr3t/'),
      'companies.get',
    ],
    ['getPerson', (c: LeadyClient) => c.getPerson('http://api.leady.com/v1/persons/3/x/'), 'persons.get'],
    [
      'listActions',
      (c: LeadyClient) =>
        c.listActions({ action_list_url: 'https://api.leady.com.evil.example/v1/actions/' }),
      'actions.list',
    ],
    [
      'listPersons',
      (c: LeadyClient) => c.listPersons({ id: 7, persons_url: 'https://evil.example/persons/?company=7' }),
      'persons.list',
    ],
    [
      'nextPage',
      (c: LeadyClient) => c.nextPage('https://evil.example/v1/sessions/?cursor=x', 'sessions'),
      'sessions.list',
    ],
  ])('%s refuses a link off the API origin without sending', async (_, call, endpoint) => {
    const { client, calls } = setup(() => json({}));
    const error = await failure(call(client));
    expect(error).toMatchObject({ kind: 'malformed', endpoint });
    expect(calls).toHaveLength(0);
  });

  it('reports a session without action_list_url as malformed', async () => {
    const { client, calls } = setup(() => json(emptyPage));
    expect(await failure(client.listActions({}))).toMatchObject({
      kind: 'malformed',
      endpoint: 'actions.list',
    });
    expect(calls).toHaveLength(0);
  });

  it("prefers the company's persons_url when given", async () => {
    const { client, calls } = setup(() => json(emptyPage));
    await client.listPersons({ id: 7, persons_url: `${BASE}companies/7/persons/?t=x%20y` });
    await client.listPersons({ id: 8 });
    await client.listPersons('9');
    expect(calls.map((c) => c.url)).toEqual([
      `${BASE}companies/7/persons/?t=x%20y`,
      `${BASE}persons/?company=8`,
      `${BASE}persons/?company=9`,
    ]);
  });
});

describe('client: responses', () => {
  it('keeps the good sessions of a page with a broken one and counts it', async () => {
    const { client } = setup(() =>
      json({ ...emptyPage, results: [session, { id: null }, { ...session, id: '102' }] }),
    );
    const result = await client.listSessions('acme.cz');
    expect(result.results.map((s) => s.id)).toEqual([101, 102]);
    expect(result.dropped).toBe(1);
  });

  it('names the endpoint when a response does not fit', async () => {
    const { client } = setup(sequence(json({ results: 'x' }), json({ id: 7 }), json({ tok: 1 })));
    const list = await failure(client.listSessions('acme.cz'));
    expect(list.kind).toBe('malformed');
    expect(list.message).toMatch(/^sessions\.list: .*results/);
    expect((await failure(client.getCompany(`${BASE}companies/7/x/`))).message).toMatch(
      /^companies\.get: .*name/,
    );
    expect((await failure(client.getToken('jan@acme.cz', 'pa55'))).message).toMatch(
      /^auth\.token-get: .*token/,
    );
  });

  it('does not put e-mail, password or token in sign-in errors', async () => {
    const { client } = setup(
      sequence(
        json({ non_field_errors: ['Unable to log in with provided credentials.'] }, { status: 400 }),
        new Response('{"token": "abc', { status: 200 }),
      ),
    );
    const bad = await failure(client.getToken('jan@acme.cz', 'pa55'));
    expect(bad).toMatchObject({
      kind: 'bad-credentials',
      apiMessage: 'Unable to log in with provided credentials.',
    });
    const cut = await failure(client.getToken('jan@acme.cz', 'pa55'));
    for (const error of [bad, cut]) {
      const text = JSON.stringify(error.toJSON());
      expect(text).not.toContain('jan@acme.cz');
      expect(text).not.toContain('pa55');
      expect(text).not.toContain(TOKEN);
    }
  });

  it('reports blacklisting twice as validation', async () => {
    const { client } = setup(() => json({ company: ['Company is already blacklisted.'] }, { status: 400 }));
    expect(await failure(client.addToBlacklist(7))).toMatchObject({
      kind: 'validation',
      endpoint: 'blacklist.add',
      fieldErrors: { company: ['Company is already blacklisted.'] },
    });
  });

  it('returns a minimal entry when a successful blacklisting has no usable body', async () => {
    const { client } = setup(
      sequence(new Response(null, { status: 201 }), json({ id: '5' }, { status: 201 })),
    );
    await expect(client.addToBlacklist(7)).resolves.toEqual({ company: { id: 7 } });
    await expect(client.addToBlacklist(7)).resolves.toEqual({ id: 5, company: { id: 7 } });
  });

  it('accepts code lists as a page too, and with a country filter', async () => {
    const { client, calls } = setup(() =>
      json({ next: null, previous: null, results: [{ id: '1', name: 'A', min: '0', max: null }] }),
    );
    const result = await client.listTurnovers('sk');
    expect(result.results).toEqual([{ id: 1, name: 'A', min: 0 }]);
    expect(calls[0]?.url).toBe(`${BASE}turnovers/?country=sk`);
  });
});

describe('client: pagination', () => {
  const p2 = `${BASE}resources/acme.cz/sessions/?cursor=cj0xJnA9MjAyNi0xMS0yNysxMCUzQTAw`;

  it('walks sessions across pages, following next exactly', async () => {
    const { client, calls, requests } = setup(
      sequence(
        json({ next: p2, previous: null, results: [session] }),
        json({ next: null, previous: p2, results: [{ ...session, id: 102 }] }),
      ),
    );
    const ids: number[] = [];
    for await (const s of client
      .sessions('acme.cz', { session_type: 'new' }, { priority: 'background' })
      .items()) {
      ids.push(s.id);
    }
    expect(ids).toEqual([101, 102]);
    expect(calls.map((c) => c.url)).toEqual([`${BASE}resources/acme.cz/sessions/?session_type=new`, p2]);
    expect(requests.map((r) => [r.endpoint, r.scope, r.priority])).toEqual([
      ['sessions.list', 'sessions', 'background'],
      ['sessions.list', 'sessions', 'background'],
    ]);
  });

  it('stops at maxPages', async () => {
    const { client, calls } = setup(() => json({ next: p2, previous: null, results: [session] }));
    const pages = [];
    for await (const page of client.sessions('acme.cz', {}, { maxPages: 1 })) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it('refuses a cross-origin next link before sending the token there', async () => {
    const { client, calls } = setup(() =>
      json({ next: 'https://evil.example/steal?cursor=x', previous: null, results: [session] }),
    );
    const walk = async () => {
      for await (const _ of client.actions(session).pages()) {
        // consume
      }
    };
    expect(await failure(walk())).toMatchObject({ kind: 'malformed', endpoint: 'actions.list' });
    expect(calls).toHaveLength(1);
  });

  it('fetches one next page by kind', async () => {
    const { client, requests } = setup(() => json([{ id: 1, name: 'x' }]));
    const result = await client.nextPage(`${BASE}magnitudes/?cursor=abc`, 'magnitudes');
    expect(result.results).toEqual([{ id: 1, name: 'x' }]);
    expect(requests[0]).toMatchObject({
      endpoint: 'magnitudes.list',
      scope: 'lists',
      url: `${BASE}magnitudes/?cursor=abc`,
    });
  });

  it('stops walking when aborted and sends nothing more', async () => {
    const controller = new AbortController();
    const { client, calls } = setup(() =>
      json({ next: p2, previous: null, results: [{ domain: 'acme.cz' }] }),
    );
    const walk = async () => {
      for await (const _ of client.resources({ signal: controller.signal })) controller.abort();
    };
    expect((await failure(walk())).kind).toBe('aborted');
    expect(calls).toHaveLength(1);
  });

  it('offers a paginator for every list', async () => {
    const { client, calls } = setup(() => json(emptyPage));
    const walks = [
      client.resources(),
      client.sessions('acme.cz'),
      client.actions(session),
      client.persons(7),
      client.savedFilters(),
      client.blacklist(),
      client.turnovers('cz'),
      client.magnitudes(),
    ];
    for (const walk of walks) for await (const _ of walk.items()) throw new Error('no items expected');
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual([
      '/v1/resources/',
      '/v1/resources/acme.cz/sessions/',
      '/v1/sessions/101/actions/',
      '/v1/persons/',
      '/v1/saved-filters/',
      '/v1/blacklist/',
      '/v1/turnovers/',
      '/v1/magnitudes/',
    ]);
  });
});
