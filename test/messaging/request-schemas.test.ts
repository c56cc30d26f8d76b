/**
 * The router checks every payload against its message's schema (lib/shared/messaging/protocol/)
 * before a handler runs: a malformed one is answered with a `validation` error and the handler is
 * never called; a valid one reaches the handler as the schema let it through (strings cut,
 * duplicates and junk dropped, unknown fields gone). One handler per message type records calls.
 */
import { describe, expect, it, vi } from 'vitest';
import type { MessageResult } from '../../lib/shared/messaging/envelope';
import { type MessageType, requestSchemas } from '../../lib/shared/messaging/protocol';
import { MAX_PAGE_QUERIES } from '../../lib/shared/messaging/protocol/page';
import { createMessageRouter, type Handlers } from '../../lib/worker/messaging/router';
import { contentScript, ORIGIN, popup, RUNTIME_ID } from './senders';

/** Every message routed to a spy that any sender may reach, so only the payload decides. */
function spyRouter() {
  const handle = vi.fn(async (_payload: unknown) => 'handled');
  const handlers = Object.fromEntries(
    (Object.keys(requestSchemas) as MessageType[]).map((type) => [
      type,
      { allow: ['extension-page', 'content-script'], handle } as unknown as NonNullable<
        Handlers[MessageType]
      >,
    ]),
  ) as Handlers;
  const route = createMessageRouter(handlers, RUNTIME_ID, ORIGIN);
  const send = async (type: string, payload: unknown, sender = popup) =>
    (await route({ type, payload }, sender)) as MessageResult<unknown>;
  return { send, handle };
}

/** The payload the handler got for one accepted message. */
async function received(type: MessageType, payload: unknown): Promise<unknown> {
  const { send, handle } = spyRouter();
  expect(await send(type, payload)).toEqual({ ok: true, value: 'handled' });
  return handle.mock.calls[0]![0];
}

describe('request schemas, checked by the router', () => {
  it.each<[string, MessageType, unknown]>([
    ['auth', 'auth.signIn', { email: 'demo@leady.test', password: 42 }],
    ['auth', 'auth.signInWithToken', {}],
    ['sync', 'sync.now', { force: true }],
    ['blacklist', 'blacklist.add', { companyId: 1.5 }],
    ['blacklist', 'blacklist.undo', { companyId: '3' }],
    ['context menu', 'menu.target', { target: { companyId: -3, companyName: 'Pekárna' } }],
    ['context menu', 'menu.target', { target: { companyId: 3 } }],
    ['sites', 'sites.enable', { origin: 'https://crm.example.com/path' }],
    ['sites', 'sites.disable', { origin: 'file:///etc/passwd' }],
    ['popup', 'popup.sessions.cached', { resource: '  ', since: 0, onlyIdentified: false }],
    ['popup', 'popup.sessions.cached', { since: Number.POSITIVE_INFINITY, onlyIdentified: false }],
    ['popup', 'popup.sessions.cached', { since: 0, onlyIdentified: false, excludeCompanies: ['3'] }],
    [
      'popup',
      'popup.sessions.fetch',
      { resource: 'a.cz', query: { period_start: 'x' }, onlyIdentified: false },
    ],
    ['popup', 'popup.sessions.more', { resource: 'a.cz', next: '', onlyIdentified: false }],
    ['popup', 'popup.session.actions', { key: 7 }],
    ['popup', 'popup.companies', {}],
    ['popup', 'popup.company', { companyId: 0 }],
    ['popup', 'popup.savedFilters', null],
    ['page', 'page.match', { queries: 'all of them' }],
    ['page', 'page.card', { companyId: Number.MAX_SAFE_INTEGER + 1 }],
    ['card frame', 'frame.open', { view: { kind: 'card', target: { kind: 'ambiguous', companyIds: [] } } }],
    ['card frame', 'frame.setup', { ticket: 5 }],
  ])('%s: refuses %s %j without calling its handler', async (_area, type, payload) => {
    const { send, handle } = spyRouter();
    const result = await send(type, payload);
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', endpoint: type } });
    expect(result.ok || result.error.message).toMatch(
      new RegExp(`^Message "${type}" has an invalid payload: `),
    );
    expect(handle).not.toHaveBeenCalled();
  });

  it('names the field that failed', async () => {
    const { send } = spyRouter();
    const result = await send('popup.sessions.fetch', {
      resource: 'a.cz',
      query: { period_start: 0, saved_filter_id: Number.NaN },
      onlyIdentified: false,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'query.saved_filter_id': [expect.any(String)] } },
    });
  });

  it('checks the sender before the payload: a refused sender learns nothing about the schema', async () => {
    const { send, handle } = spyRouter();
    const stranger = { ...popup, id: 'someone-else' };
    expect(await send('blacklist.add', { companyId: 'x' }, stranger)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(handle).not.toHaveBeenCalled();
  });

  it('page.match: at most MAX_PAGE_QUERIES per message', async () => {
    const query = (i: number) => ({ id: `q${i}`, kind: 'company', clues: { name: 'x' } });
    const { send, handle } = spyRouter();
    const tooMany = Array.from({ length: MAX_PAGE_QUERIES + 1 }, (_, i) => query(i));
    expect(await send('page.match', { queries: tooMany }, contentScript)).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        fieldErrors: { queries: [`at most ${MAX_PAGE_QUERIES} queries per message`] },
      },
    });
    expect(handle).not.toHaveBeenCalled();
    const full = Array.from({ length: MAX_PAGE_QUERIES }, (_, i) => query(i));
    expect(
      ((await received('page.match', { queries: full })) as { queries: unknown[] }).queries,
    ).toHaveLength(MAX_PAGE_QUERIES);
  });

  it('page.match: ids and clues trimmed and cut, the first query of an id kept, unusable ones dropped', async () => {
    const payload = await received('page.match', {
      queries: [
        {
          id: ` ${'i'.repeat(100)} `,
          kind: 'company',
          clues: {
            website: ` ${'w'.repeat(3000)} `,
            email: 'e'.repeat(400),
            ico: '1'.repeat(50),
            name: '  ',
          },
        },
        { id: 'p', kind: 'person', clues: { email: ' jan@firma.cz ', company: { name: 7 } } },
        { id: 'p', kind: 'company', clues: { name: 'Second with the same id' } },
        { id: 'no-clue', kind: 'company', clues: { name: '   ', website: null } },
        { id: 'nameless', kind: 'person', clues: { company: { name: 'Firma' } } },
        { id: '   ', kind: 'company', clues: { name: 'Blank id' } },
      ],
    });
    expect(payload).toEqual({
      queries: [
        {
          id: 'i'.repeat(64),
          kind: 'company',
          clues: { website: 'w'.repeat(2048), email: 'e'.repeat(320), ico: '1'.repeat(40) },
        },
        { id: 'p', kind: 'person', clues: { email: 'jan@firma.cz' } },
      ],
    });
    // Clues a page did not give stay absent rather than undefined.
    expect(Object.keys((payload as { queries: Array<{ clues: object }> }).queries[1]!.clues)).toEqual([
      'email',
    ]);
  });

  it('frame.open: an ambiguous target keeps at most 20 distinct candidates', async () => {
    const companyIds = [5, 5, ...Array.from({ length: 30 }, (_, i) => i + 1)];
    const payload = await received('frame.open', {
      view: { kind: 'panel', target: { kind: 'ambiguous', companyIds } },
    });
    expect(payload).toEqual({
      view: { kind: 'panel', target: { kind: 'ambiguous', companyIds: [5, 1, 2, 3, 4, ...range(6, 21)] } },
    });
  });

  it('menu.target: a name is cut to 300 characters; null hides the item', async () => {
    expect(
      await received('menu.target', { target: { companyId: 3, companyName: 'N'.repeat(1000), x: 1 } }),
    ).toEqual({
      target: { companyId: 3, companyName: 'N'.repeat(300) },
    });
    expect(await received('menu.target', { target: null })).toEqual({ target: null });
  });

  it('sites: an origin arrives canonical', async () => {
    expect(await received('sites.enable', { origin: ' https://CRM.example.com/ ' })).toEqual({
      origin: 'https://crm.example.com',
    });
  });

  it('messages without a payload take none', async () => {
    expect(await received('blacklist.ids', undefined)).toBeUndefined();
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
