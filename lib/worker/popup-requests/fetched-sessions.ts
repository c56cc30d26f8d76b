import type { PopupMessages } from '../../shared/messaging/protocol/popup';
import type { SessionRow, SessionsPage } from '../../shared/popup/types';
import type { Page, Session } from '../api';
import { getCompanies } from '../cache/companies';
import type { CacheDb } from '../cache/open';
import type { SessionRecord } from '../cache/schema';
import { storeSessionsPage } from '../sync/store-page';
import type { PopupBackground } from './popup-background';
import { sessionRow } from './session-rows';

/**
 * "Only identified companies" is filtered here rather than sent as `session_type`: the parameter
 * exists (G) but its values are not documented, and a wrong value would fail the whole list. A page
 * that filtering leaves short is topped up from the next pages, within limits (the API is rate-limited).
 */
const MIN_IDENTIFIED_ROWS = 10;
const MAX_PAGES_PER_REQUEST = 3;

type FetchRequest = PopupMessages['popup.sessions.fetch']['request'];
type MoreRequest = PopupMessages['popup.sessions.more']['request'];

export async function fetchSessions(context: PopupBackground, request: FetchRequest): Promise<SessionsPage> {
  const client = await context.services.client();
  const first = await client.listSessions(request.resource, request.query, { priority: 'interactive' });
  return collectRows(context, request.resource, first, request.onlyIdentified);
}

export async function moreSessions(context: PopupBackground, request: MoreRequest): Promise<SessionsPage> {
  const client = await context.services.client();
  // nextPage refuses links off the API's origin: the token is never sent anywhere else.
  const page = await client.nextPage(request.next, 'sessions', { priority: 'interactive' });
  return collectRows(context, request.resource, page, request.onlyIdentified);
}

async function collectRows(
  { services, matcher }: PopupBackground,
  resource: string,
  firstPage: Page<Session>,
  onlyIdentified: boolean,
): Promise<SessionsPage> {
  const client = await services.client();
  const db = await services.cache();
  const rows: SessionRow[] = [];
  let page = firstPage;
  for (let fetched = 1; ; fetched++) {
    // Storing keeps the cache as fresh as what the user sees, and page views fetched earlier are kept.
    const stored = await storeSessionsPage(db, resource, page.results, services.now());
    matcher.updateCompanies(stored.companies);
    rows.push(...(await rowsFor(db, page.results, stored.sessions, onlyIdentified)));
    const short = onlyIdentified && rows.length < MIN_IDENTIFIED_ROWS;
    if (!short || !page.next || fetched >= MAX_PAGES_PER_REQUEST) break;
    page = await client.nextPage(page.next, 'sessions', { priority: 'interactive' });
  }
  return { rows, source: 'api', next: page.next, hasMore: page.next !== null, updatedAt: services.now() };
}

/** The page's rows, from the sessions as just stored (one read for their companies, none for them). */
async function rowsFor(
  db: CacheDb,
  sessions: Session[],
  stored: SessionRecord[],
  onlyIdentified: boolean,
): Promise<SessionRow[]> {
  const wanted = onlyIdentified ? sessions.filter((session) => session.company) : sessions;
  const ids = [...new Set(wanted.flatMap((session) => (session.company ? [session.company.id] : [])))];
  const companies = await getCompanies(db, ids);
  // Stored records merge page views and counts known from earlier.
  const records = new Map(stored.map((record) => [record.id, record]));
  const rows: SessionRow[] = [];
  for (const session of wanted) {
    const record = records.get(session.id);
    if (!record) continue;
    const company = session.company ? (companies.get(session.company.id) ?? session.company) : undefined;
    rows.push(sessionRow(record, company));
  }
  return rows;
}
