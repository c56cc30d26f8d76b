/**
 * The background's page messages against a real sandbox: a cache filled by sync, the real matcher,
 * and the router's sender checks. What a content script gets is a match plus compact summaries.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from '../../lib/runtime/storage-items';
import { errorCatalog } from '../../lib/shared/i18n/catalogs/errors';
import { overlayCatalog } from '../../lib/shared/i18n/catalogs/overlay';
import type { MatchQuery } from '../../lib/shared/matching/types';
import type { MessageResult } from '../../lib/shared/messaging/envelope';
import type { FrameSetup } from '../../lib/shared/messaging/protocol/card-frame';
import type { PageMatchAnswer, PageSettings } from '../../lib/shared/messaging/protocol/page';
import { DEFAULT_SETTINGS } from '../../lib/shared/settings';
import { tokenItem } from '../../lib/worker/account-items';
import type { BlacklistService } from '../../lib/worker/blacklist/blacklist-service';
import { getCompanies } from '../../lib/worker/cache/companies';
import { companySessions } from '../../lib/worker/cache/sessions';
import type { BackgroundContext } from '../../lib/worker/context';
import { authHandlers } from '../../lib/worker/handlers/auth';
import { blacklistHandlers } from '../../lib/worker/handlers/blacklist';
import { pageHandlers } from '../../lib/worker/handlers/page';
import { createMatchService } from '../../lib/worker/match-service';
import { createMessageRouter } from '../../lib/worker/messaging/router';
import { createContentTabs } from '../../lib/worker/page-requests/content-tabs';
import { createPageCompanies } from '../../lib/worker/page-requests/page-companies';
import { createTabNotifier, refreshTabsOnChanges } from '../../lib/worker/page-requests/tab-notifier';
import { createSyncer } from '../../lib/worker/sync/syncer';
import { type DemoCompany, demoCast } from '../../sandbox/demo-crm/cast';
import { FIXED_NOW } from '../clock';
import { backgroundAgainstSandbox, DEMO_EMAIL, DEMO_PASSWORD } from '../integration/helpers';

const ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}/`;
const tab: Browser.runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: 'http://127.0.0.1:8787/demo/hubspot/contacts/1/objects/0-2/views/all/list',
  tab: { id: 3 } as Browser.tabs.Tab,
};
const popup: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: `${ORIGIN}popup.html` };
/** The card's frame: an extension page inside the CRM's tab. */
const cardFrame: Browser.runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: `${ORIGIN}card-frame.html`,
  tab: { id: 3 } as Browser.tabs.Tab,
};
const DAY = 86_400_000;

let bg: Awaited<ReturnType<typeof backgroundAgainstSandbox>>;
let context: BackgroundContext;
let route: ReturnType<typeof createMessageRouter>;
/** The sandbox's data is as of FIXED_NOW; the background's clock starts there and moves when a test says. */
let clock = FIXED_NOW.getTime();
let known: DemoCompany[];
const blacklisted: number[] = [];
const undone: number[] = [];
const blacklist = {
  add: async (companyId: number) => {
    blacklisted.push(companyId);
    return { companyId, companyName: '', state: 'pending', createdAt: 0 };
  },
  undo: async (companyId: number) => {
    undone.push(companyId);
  },
} as unknown as BlacklistService;

/** Has the worker match the company for the test tab's page, as its content script would. */
async function matchOnPage(company: DemoCompany): Promise<void> {
  await value<PageMatchAnswer>('page.match', { queries: [companyQuery('m', company)] });
}

async function send<T>(type: string, payload: unknown, sender = tab): Promise<MessageResult<T>> {
  const result = await route({ type, payload }, sender);
  if (!result) throw new Error(`${type} was not routed`);
  return result as MessageResult<T>;
}

async function value<T>(type: string, payload?: unknown, sender = tab): Promise<T> {
  const result = await send<T>(type, payload, sender);
  if (!result.ok) throw new Error(`${type}: ${JSON.stringify(result.error)}`);
  return result.value;
}

const companyQuery = (id: string, company: DemoCompany): MatchQuery => ({
  id,
  kind: 'company',
  clues: { name: company.name, website: company.website },
});

beforeAll(async () => {
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
  bg = await backgroundAgainstSandbox({}, () => clock);
  const matcher = createMatchService(bg.services);
  const syncer = createSyncer(bg.services, {
    onCompanies: (stored, evicted) => matcher.updateCompanies(stored, evicted),
  });
  // Page messages do not use the blacklist service; blacklisting is routed only to check who may.
  const pageCompanies = createPageCompanies();
  const contentTabs = createContentTabs();
  const notifyTabs = createTabNotifier(contentTabs);
  context = {
    services: bg.services,
    auth: bg.auth,
    syncer,
    matcher,
    pageCompanies,
    contentTabs,
    notifyTabs,
  } as BackgroundContext;
  route = createMessageRouter(
    {
      ...pageHandlers(context),
      ...authHandlers(bg.auth),
      ...blacklistHandlers(blacklist, pageCompanies),
    },
    fakeBrowser.runtime.id,
    ORIGIN,
  );
  // As lib/worker/start.ts wires it: tabs that asked for settings hear when their badges are stale.
  refreshTabsOnChanges(bg.services.events, notifyTabs);
  await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
  await syncer.syncNow();
  known = demoCast(bg.sandbox.data).known;
  signedInStorage = await fakeBrowser.storage.local.get();
  signedInToken = await tokenItem.getValue();
}, 60_000);

// The fake browser's storage and the token's database are reset before every test; the cache is not.
let signedInStorage: Record<string, unknown> = {};
let signedInToken: string | null = null;
beforeEach(async () => {
  await fakeBrowser.storage.local.set(signedInStorage);
  await tokenItem.setValue(signedInToken);
});

afterAll(async () => {
  await bg?.close();
});

describe('page.match', () => {
  it('matches known companies and answers a compact summary read from the cache', async () => {
    const [first, second] = known;
    const answer = await value<PageMatchAnswer>('page.match', {
      queries: [
        companyQuery('a', first!),
        { id: 'b', kind: 'company', clues: { name: second!.name } },
        {
          id: 'c',
          kind: 'company',
          clues: { name: 'Kovárna pod Sněžkou s.r.o.', website: 'kovarna-snezka.example' },
        },
      ],
    });
    expect(answer.auth).toBe('signed-in');
    expect(answer.results).toEqual([
      expect.objectContaining({ id: 'a', state: 'matched', companyId: first!.leadyId }),
      expect.objectContaining({ id: 'b', state: 'matched', companyId: second!.leadyId, via: 'name' }),
    ]);
    const db = await bg.services.cache();
    const summary = answer.companies.find((company) => company.id === first!.leadyId)!;
    const recent = await companySessions(db, first!.leadyId!, clock - 30 * DAY);
    const record = (await getCompanies(db, [first!.leadyId!])).get(first!.leadyId!)!;
    expect(summary).toEqual({
      id: first!.leadyId,
      name: record.name,
      visits30d: recent.length,
      lastVisitAt: record.lastVisitAt,
    });
    expect(summary.visits30d).toBeGreaterThan(0);
    // Only the summary's fields cross to the page: no detail URLs, tokens or contact data.
    expect(Object.keys(summary).sort()).toEqual(['id', 'lastVisitAt', 'name', 'visits30d']);
    expect(answer.companies).toHaveLength(2);
  });

  it('keeps matched companies in the cache by touching them', async () => {
    const [first] = known;
    clock += 3_600_000;
    await value('page.match', { queries: [companyQuery('a', first!)] });
    const db = await bg.services.cache();
    await vi.waitFor(async () => {
      expect((await getCompanies(db, [first!.leadyId!])).get(first!.leadyId!)!.seenAt).toBe(clock);
    });
  });

  it('keeps summaries in memory until the cache changes', async () => {
    const company = known[1]!;
    const db = await bg.services.cache();
    const summaryName = async () =>
      (await value<PageMatchAnswer>('page.match', { queries: [companyQuery('a', company)] })).companies[0]
        ?.name;
    const original = await summaryName();
    const record = (await getCompanies(db, [company.leadyId!])).get(company.leadyId!)!;
    await db.put('companies', { ...record, name: 'Přejmenovaná firma s.r.o.' });
    expect(await summaryName()).toBe(original);
    bg.events.emit({ event: 'cache.changed' });
    expect(await summaryName()).toBe('Přejmenovaná firma s.r.o.');
    await db.put('companies', record);
    bg.events.emit({ event: 'cache.changed' });
  });

  it('checks the payload: an array of at most 2000 queries, strings cut, junk dropped', async () => {
    const notArray = await send('page.match', { queries: 'all of them' });
    expect(notArray).toMatchObject({ ok: false, error: { kind: 'validation' } });
    const tooMany = Array.from({ length: 2001 }, (_, i) => ({
      id: `q${i}`,
      kind: 'company',
      clues: { name: 'x' },
    }));
    expect(await send('page.match', { queries: tooMany })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });

    const spy = vi.spyOn(context.matcher, 'match');
    await value('page.match', {
      queries: [
        { id: 'long', kind: 'company', clues: { name: 'N'.repeat(10_000), website: 7, extra: 'ignored' } },
        { id: 'bad-kind', kind: 'deal', clues: { name: 'x' } },
        { kind: 'company', clues: { name: 'no id' } },
        'not a query',
        {
          id: 'person',
          kind: 'person',
          clues: { name: 'Jan Novák', company: { name: 'Firma' }, token: 'x' },
        },
      ],
    });
    const queries = spy.mock.calls[0]![0];
    expect(queries).toEqual([
      { id: 'long', kind: 'company', clues: { name: 'N'.repeat(300) } },
      { id: 'person', kind: 'person', clues: { name: 'Jan Novák', company: { name: 'Firma' } } },
    ]);
    spy.mockRestore();
  });

  it('answers content scripts in tabs only', async () => {
    const fromPopup = await send('page.match', { queries: [] }, popup);
    expect(fromPopup).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    const noTab = await send(
      'page.match',
      { queries: [] },
      { id: fakeBrowser.runtime.id, url: 'https://x.example/' },
    );
    expect(noTab).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });
});

describe('page.card', () => {
  it('returns the company insight, and puts its people into the match index', async () => {
    const company = known.find(
      (c) => bg.sandbox.data.companies.find((s) => s.id === c.leadyId)?.personIds.length,
    )!;
    const seeded = bg.sandbox.data.companies.find((s) => s.id === company.leadyId)!;
    await matchOnPage(company);
    const insight = await value<{ company: { name: string; ico?: string }; visits: { count30d: number } }>(
      'page.card',
      { companyId: company.leadyId },
      cardFrame,
    );
    expect(insight.company.name).toBe(seeded.name);
    expect(insight.company.ico).toBe(seeded.ico);
    expect(insight.visits.count30d).toBeGreaterThan(0);
    // Persons fetched for the card now match by name within their company.
    const person = bg.sandbox.data.personById.get(seeded.personIds[0]!)!;
    await vi.waitFor(async () => {
      const answer = await value<PageMatchAnswer>('page.match', {
        queries: [{ id: 'p', kind: 'person', clues: { name: person.name, company: { name: seeded.name } } }],
      });
      expect(answer.results[0]).toMatchObject({
        state: 'matched',
        companyId: seeded.id,
        personId: person.id,
      });
    });
  });

  it('rejects ids that are not positive integers, and companies not cached', async () => {
    for (const companyId of [0, -1, 1.5, '12', null]) {
      expect(await send('page.card', { companyId }, cardFrame)).toMatchObject({
        ok: false,
        error: { kind: 'validation' },
      });
    }
    expect(await send('page.card', { companyId: 999_999_999 }, cardFrame)).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
  });

  it('is never answered to a content script: a card’s contents stay out of the page’s tab', async () => {
    expect(await send('page.card', { companyId: known[0]!.leadyId })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
  });
});

describe('card frames', () => {
  const view = () => ({ kind: 'card', target: { kind: 'company', companyId: known[0]!.leadyId } });
  beforeEach(() => matchOnPage(known[0]!));

  it('opens no frame for a company not matched on the page that asks', async () => {
    // A company no test matches on a page.
    const elsewhere = known.at(-1)!;
    const target = { kind: 'company', companyId: elsewhere.leadyId };
    expect(await send('frame.open', { view: { kind: 'card', target } })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    const several = { kind: 'ambiguous', companyIds: [known[0]!.leadyId, elsewhere.leadyId] };
    expect(await send('frame.open', { view: { kind: 'panel', target: several } })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    // Another tab was not answered with the company either.
    const otherTab = { ...tab, tab: { id: 4 } as Browser.tabs.Tab };
    expect(await send('frame.open', { view: view() }, otherTab)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
  });

  it('gives the content script a ticket its frame trades, once, for the view and its summaries', async () => {
    const { ticket } = await value<{ ticket: string }>('frame.open', { view: view() });
    expect(ticket).toMatch(/^[\w-]{16,}$/);
    const setup = await value<FrameSetup>('frame.setup', { ticket }, cardFrame);
    expect(setup).toMatchObject({ view: view(), tabId: 3, frameId: 0, locale: 'en' });
    expect(setup.companies).toEqual([
      expect.objectContaining({ id: known[0]!.leadyId, name: known[0]!.name }),
    ]);
    expect(setup.strings.overlay).toEqual(overlayCatalog.en);
    // Used: a page that learned the URL gets nothing from it.
    expect(await send('frame.setup', { ticket }, cardFrame)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
  });

  it('refuses tickets from another tab, old tickets, made-up tickets, and setups asked by a content script', async () => {
    const otherTab = { ...cardFrame, tab: { id: 4 } as Browser.tabs.Tab };
    const first = await value<{ ticket: string }>('frame.open', { view: view() });
    expect(await send('frame.setup', first, otherTab)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    const second = await value<{ ticket: string }>('frame.open', { view: view() });
    clock += 61_000;
    expect(await send('frame.setup', second, cardFrame)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(await send('frame.setup', { ticket: 'made-up' }, cardFrame)).toMatchObject({ ok: false });
    const third = await value<{ ticket: string }>('frame.open', { view: view() });
    expect(await send('frame.setup', third)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('issues tickets for known view shapes only, rebuilt from their fields', async () => {
    for (const bad of [
      undefined,
      { kind: 'card' },
      { kind: 'card', target: { kind: 'company', companyId: -1 } },
      { kind: 'card', target: { kind: 'ambiguous', companyIds: ['1'] } },
      { kind: 'panel', auth: 'signed-in' },
      { kind: 'popup', target: { kind: 'company', companyId: 1 } },
    ]) {
      expect(await send('frame.open', { view: bad })).toMatchObject({
        ok: false,
        error: { kind: 'validation' },
      });
    }
    const { ticket } = await value<{ ticket: string }>('frame.open', {
      view: { kind: 'panel', auth: 'expired', extra: '<b>' },
    });
    expect((await value<FrameSetup>('frame.setup', { ticket }, cardFrame)).view).toEqual({
      kind: 'panel',
      auth: 'expired',
    });
  });
});

describe('what else a content script may ask', () => {
  it('gets no account data', async () => {
    const status = await send('auth.status', undefined);
    expect(status).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(JSON.stringify(status)).not.toContain(DEMO_EMAIL);
  });

  it('never blacklists, and undoes only companies matched on its page; the popup may do both for any', async () => {
    const [onPage] = known;
    // A company no test matches on a page.
    const elsewhere = known.at(-1);
    await matchOnPage(onPage!);
    blacklisted.length = 0;
    undone.length = 0;
    for (const companyId of [onPage!.leadyId, elsewhere!.leadyId]) {
      expect(await send('blacklist.add', { companyId })).toMatchObject({
        ok: false,
        error: { kind: 'forbidden' },
      });
    }
    expect(blacklisted).toEqual([]);
    expect((await send('blacklist.add', { companyId: elsewhere!.leadyId }, popup)).ok).toBe(true);
    expect(blacklisted).toEqual([elsewhere!.leadyId]);
    expect((await send('blacklist.undo', { companyId: onPage!.leadyId })).ok).toBe(true);
    expect(await send('blacklist.undo', { companyId: elsewhere!.leadyId })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect((await send('blacklist.undo', { companyId: elsewhere!.leadyId }, popup)).ok).toBe(true);
    expect(undone).toEqual([onPage!.leadyId, elsewhere!.leadyId]);
  });
});

describe('page.settings', () => {
  it('tells the content script which sites are on and the language, never the token', async () => {
    await settingsItem.setValue({
      ...(await settingsItem.getValue()),
      sites: { ...DEFAULT_SETTINGS.sites, pipedrive: false },
      customOrigins: ['https://crm.example.com'],
      locale: 'cs',
    });
    const settings = await value<PageSettings>('page.settings');
    expect(settings).toEqual({
      sites: ['hubspot', 'salesforce', 'raynet'],
      customOrigins: ['https://crm.example.com'],
      locale: 'cs',
      auth: 'signed-in',
      strings: { overlay: overlayCatalog.cs, errors: errorCatalog.cs },
    });
    expect(JSON.stringify(settings)).not.toContain(String(await tokenItem.getValue()));
  });

  it('puts the asking tab among those told to refresh, and no other tab', async () => {
    const sent: number[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number) => {
      sent.push(tabId);
    });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1 },
      { id: 2 },
      { id: 99 },
    ] as Browser.tabs.Tab[]);
    await value<PageSettings>('page.settings');
    bg.services.events.emit({ event: 'cache.changed' });
    await vi.waitFor(() => expect(sent).toEqual([tab.tab!.id]));
  });
});

describe('signed out', () => {
  it('matches nothing and refuses cards', async () => {
    await matchOnPage(known[0]!);
    await bg.auth.signOut();
    const answer = await value<PageMatchAnswer>('page.match', { queries: [companyQuery('a', known[0]!)] });
    expect(answer).toEqual({ auth: 'signed-out', results: [], companies: [] });
    expect(await send('page.card', { companyId: known[0]!.leadyId }, cardFrame)).toMatchObject({
      ok: false,
      error: { kind: 'signed-out' },
    });
  });
});
