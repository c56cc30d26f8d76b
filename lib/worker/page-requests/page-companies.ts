/**
 * Which companies the worker itself matched for each page, so that a content script can only ask
 * about those: a card (phones, address, persons), a blacklisting, a context-menu target. A content
 * script runs beside a hostile page (issue 12): before this, it could read any cached company's card
 * and blacklist any id. Keyed by tab and document (a navigation starts a new document, and its
 * companies are its own); Firefox gives no document id, so there a tab's recent pages share one set.
 *
 * Kept in `storage.session` as well as in memory: the worker sleeps after 30 s idle and a user opens
 * the card long after the page was matched. Session storage is not readable by content scripts.
 */
import { storage } from 'wxt/utils/storage';
import { LeadyError } from '../../shared/api/errors';
import { createCoalescedSave } from '../coalesced-save';
import { recordFailure } from '../diagnostics/failures';
import type { HandlerContext } from '../messaging/router';

/** The parts of a message sender that say which page it is. */
interface PageSender {
  tab?: { id?: number };
  documentId?: string;
  frameId?: number;
}

type Stored = Record<string, Array<{ doc: string; ids: number[] }>>;

/** Documents remembered per tab (frames and recent navigations), and companies per document. */
const DOCS_PER_TAB = 8;
const IDS_PER_DOC = 20_000;

const pageCompaniesItem = storage.defineItem<Stored>('session:leady.pageCompanies', { fallback: {} });

export interface PageCompanies {
  /** The worker answered this page with these companies. */
  remember(sender: PageSender, ids: readonly number[]): Promise<void>;
  /** Whether this page was answered with the company. */
  allows(sender: PageSender, companyId: number): Promise<boolean>;
  /** Whether any page in the tab was (the context menu knows the tab, not the document). */
  allowsInTab(tabId: number, companyId: number): Promise<boolean>;
  forgetTab(tabId: number): Promise<void>;
  /** Resolves once what was remembered or forgotten so far is in storage (a failed save is logged). */
  saved(): Promise<void>;
}

function docOf(sender: PageSender): string {
  return sender.documentId ?? `frame-${sender.frameId ?? 0}`;
}

export function createPageCompanies(item = pageCompaniesItem): PageCompanies {
  let loaded: Promise<Map<number, Map<string, Set<number>>>> | undefined;
  function tabs() {
    loaded ??= item.getValue().then(
      (stored) =>
        new Map(
          Object.entries(stored).map(([tab, docs]) => [
            Number(tab),
            new Map(docs.map(({ doc, ids }) => [doc, new Set(ids)])),
          ]),
        ),
      (error: unknown) => {
        // Unreadable: start empty, so content scripts ask again rather than being refused forever.
        recordFailure('page-companies.load')(error);
        return new Map();
      },
    );
    return loaded;
  }

  const save = createCoalescedSave(async () => {
    const stored: Stored = {};
    for (const [tab, docs] of await tabs()) {
      stored[tab] = [...docs].map(([doc, ids]) => ({ doc, ids: [...ids] }));
    }
    await item.setValue(stored);
  }, 'page-companies.save');

  return {
    // In memory before it resolves, so the page's next request is allowed; saved after: the answer
    // to the page does not wait for storage (100 ms on a worker that has just started).
    async remember(sender, ids) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || ids.length === 0) return;
      const all = await tabs();
      const docs = all.get(tabId) ?? new Map<string, Set<number>>();
      const doc = docOf(sender);
      const known = docs.get(doc) ?? new Set<number>();
      const changed = !docs.has(doc);
      const before = known.size;
      for (const id of ids) if (known.size < IDS_PER_DOC) known.add(id);
      // Most recent last: the oldest document of a tab goes first.
      docs.delete(doc);
      docs.set(doc, known);
      while (docs.size > DOCS_PER_TAB) docs.delete(docs.keys().next().value!);
      all.set(tabId, docs);
      if (changed || known.size !== before) save.request();
    },
    async allows(sender, companyId) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return false;
      return (await tabs()).get(tabId)?.get(docOf(sender))?.has(companyId) ?? false;
    },
    async allowsInTab(tabId, companyId) {
      const docs = (await tabs()).get(tabId);
      return [...(docs?.values() ?? [])].some((ids) => ids.has(companyId));
    },
    async forgetTab(tabId) {
      const all = await tabs();
      if (all.delete(tabId)) save.request();
    },
    saved: save.saved,
  };
}

/**
 * For handlers content scripts may call: extension pages may name any company, a content script
 * only one the worker matched on its page. Anything else is refused as forbidden.
 */
export async function requirePageCompany(
  companies: PageCompanies,
  { sender, senderKind }: HandlerContext,
  companyId: number,
  endpoint: string,
): Promise<number> {
  if (senderKind === 'content-script' && !(await companies.allows(sender, companyId))) {
    throw new LeadyError({
      kind: 'forbidden',
      endpoint,
      message: `Company ${companyId} was not matched on this page`,
    });
  }
  return companyId;
}
