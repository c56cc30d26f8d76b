/**
 * The extension's own API client against the sandbox: the sandbox is only useful if the real client
 * reads everything it serves, and turns every injected fault into the right error kind.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFetchTransport, createLeadyClient, type LeadyClient, LeadyError } from '../../lib/worker/api';
import type { SandboxServer } from '../../sandbox/server';
import { start } from './helpers';

let sandbox: SandboxServer;
let client: LeadyClient;
let token: string | undefined;

beforeAll(async () => {
  sandbox = await start({ scale: 600 });
  client = createLeadyClient({
    baseUrl: sandbox.url,
    transport: createFetchTransport({ getToken: async () => token, timeoutMs: 5000 }),
  });
  token = await client.getToken('demo@leady.test', 'leady-demo');
});
afterAll(() => sandbox.close());
afterEach(() => sandbox.faults.clear());

async function errorOf(promise: Promise<unknown>): Promise<LeadyError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LeadyError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('lib/api client against the sandbox', () => {
  it('reads resources, sessions, actions, companies, persons and lists', async () => {
    expect(token).toBe(sandbox.token);
    const resources = await client.listResources();
    expect(resources.results.map((r) => r.domain)).toContain('techmont.cz');

    const sessions = [];
    for await (const page of client.sessions(
      'techmont.cz',
      { session_type: 'identified' },
      { maxPages: 2 },
    )) {
      sessions.push(...page.results);
    }
    expect(sessions).toHaveLength(100);
    const session = sessions[0];
    if (!session?.company?.detail_url) throw new Error('no identified session');
    expect((await client.listActions(session)).results.length).toBeGreaterThan(0);

    const company = await client.getCompany(session.company.detail_url);
    expect(company.id).toBe(session.company.id);
    const persons = await client.listPersons(company);
    expect(persons.results.map((p) => p.name)).toEqual(company.contact_persons);

    expect((await client.listSavedFilters()).results.length).toBeGreaterThan(0);
    expect((await client.listTurnovers('CZ')).results.length).toBeGreaterThan(0);
    expect((await client.listMagnitudes()).results.length).toBeGreaterThan(0);
  });

  it('blacklists and un-blacklists a company', async () => {
    const id = sandbox.data.companies[5]?.id ?? 0;
    const entry = await client.addToBlacklist(id);
    expect(entry.company?.id).toBe(id);
    const error = await errorOf(client.addToBlacklist(id));
    expect(error.kind).toBe('validation');
    await client.removeFromBlacklist(entry.id as number);
  });

  it('turns injected faults into the matching error kinds', async () => {
    sandbox.faults.add({ kind: 'throttle', scope: 'lists', retryAfter: 12, times: 1 });
    const throttled = await errorOf(client.listResources());
    expect(throttled.kind).toBe('throttled');
    expect(throttled.retryAfterSeconds).toBe(12);

    sandbox.faults.add({ kind: 'html-5xx', times: 1 });
    expect((await errorOf(client.listResources())).kind).toBe('server');
    sandbox.faults.add({ kind: 'malformed-json', times: 1 });
    expect((await errorOf(client.listResources())).kind).toBe('malformed');
    sandbox.faults.add({ kind: 'wrong-shape', times: 1 });
    expect((await errorOf(client.listResources())).kind).toBe('malformed');
    sandbox.faults.add({ kind: 'drop', times: 1 });
    expect((await errorOf(client.listResources())).kind).toBe('network');

    const bad = await errorOf(client.getToken('demo@leady.test', 'wrong'));
    expect(bad.kind).toBe('bad-credentials');
  });
});
