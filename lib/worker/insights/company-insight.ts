import type { Priority } from '../../shared/api/request';
import type { CompanyInsight } from '../../shared/insights/types';
import { type Company, LeadyError } from '../api';
import { getCompanies } from '../cache/companies';
import { getCompanyDetail, getPersons, putCompanyDetail, putPersons } from '../cache/details';
import type { CompanyRecord, PersonRecord } from '../cache/schema';
import { companySessions, setSessionActions } from '../cache/sessions';
import type { Services } from '../services';
import { boundedInsight } from './display-bounds';
import { topPages, visitStats } from './visit-stats';

/** Details and persons change rarely: refetch them at most once a day per company. */
const DETAIL_TTL_MS = 24 * 60 * 60 * 1000;
/** Page views are fetched for this many of the newest sessions to rank the top pages. */
const SESSIONS_FOR_TOP_PAGES = 5;

export interface InsightOptions {
  priority: Priority;
  /** Ignore the time-to-live (the user asked to refresh). */
  refresh?: boolean;
  /** Told what fresh details and persons were stored (the match index follows). */
  onStored?: (company: CompanyRecord | undefined, persons: PersonRecord[]) => void;
}

/**
 * Everything shown about one company: cached data first; details, persons and page views fetched
 * lazily through the queue when missing or stale. A failed refresh still returns what is cached,
 * with the error, so a card never goes blank because the network did.
 */
export async function companyInsight(
  services: Services,
  companyId: number,
  options: InsightOptions,
): Promise<CompanyInsight | undefined> {
  const db = await services.cache();
  const now = services.now();
  const record = (await getCompanies(db, [companyId])).get(companyId);
  let detailRecord = await getCompanyDetail(db, companyId);
  let refreshError: LeadyError | undefined;
  let refreshed = false;

  const stale = !detailRecord || options.refresh || now - detailRecord.fetchedAt > DETAIL_TTL_MS;
  const detailUrl = record?.detailUrl ?? detailRecord?.detail.detail_url;
  if (stale && detailUrl) {
    try {
      const client = await services.client();
      const detail = await client.getCompany(detailUrl, { priority: options.priority });
      await putCompanyDetail(db, detail, now);
      const personsDue =
        options.refresh ||
        !detailRecord?.personsFetchedAt ||
        now - detailRecord.personsFetchedAt > DETAIL_TTL_MS;
      if (personsDue) {
        const persons = [];
        for await (const person of client
          .persons(
            { id: companyId, persons_url: detail.persons_url },
            { priority: options.priority, maxPages: 5 },
          )
          .items()) {
          persons.push(person);
        }
        await putPersons(db, companyId, persons, now);
      }
      detailRecord = await getCompanyDetail(db, companyId);
      refreshed = true;
    } catch (error) {
      if (!(error instanceof LeadyError)) throw error;
      refreshError = error;
    }
  }
  const persons = await getPersons(db, companyId);
  // The detail may have updated the company's record (and so its keys); the index follows.
  if (refreshed) options.onStored?.((await getCompanies(db, [companyId])).get(companyId), persons);
  if (!record && !detailRecord) return undefined;

  const sessions = await companySessions(db, companyId);
  const loaded = await loadMissingActions(
    services,
    sessions.slice(0, SESSIONS_FOR_TOP_PAGES),
    options.priority,
  );
  // Read again only when page views were stored: they are part of the session records.
  const withActions = loaded ? await companySessions(db, companyId) : sessions;
  const actions = withActions.slice(0, SESSIONS_FOR_TOP_PAGES).flatMap((session) => session.actions ?? []);

  return boundedInsight({
    company: describeCompany(record, detailRecord?.detail),
    persons: persons.map(describePerson),
    visits: visitStats(withActions, now),
    topPages: topPages(actions),
    detailState: !detailRecord
      ? 'summary'
      : now - detailRecord.fetchedAt > DETAIL_TTL_MS
        ? 'cached'
        : 'fresh',
    refreshError: refreshError?.toJSON(),
    fetchedAt: detailRecord?.fetchedAt,
  });
}

/** Fetches the page views these sessions lack; true if any were stored. */
async function loadMissingActions(
  services: Services,
  sessions: Array<{ key: string; actionListUrl?: string; actions?: unknown[] }>,
  priority: Priority,
): Promise<boolean> {
  const missing = sessions.filter((session) => !session.actions && session.actionListUrl);
  if (missing.length === 0) return false;
  const client = await services.client();
  const db = await services.cache();
  const stored = await Promise.all(
    missing.map(async (session) => {
      try {
        const page = await client.listActions({ action_list_url: session.actionListUrl }, { priority });
        await setSessionActions(db, session.key, page.results);
        return true;
      } catch (error) {
        // Top pages are a nicety: a failed page-view fetch leaves them out, it does not fail the card.
        if (!(error instanceof LeadyError)) throw error;
        return false;
      }
    }),
  );
  return stored.includes(true);
}

function describeCompany(
  record: CompanyRecord | undefined,
  detail: Company | undefined,
): CompanyInsight['company'] {
  const address = [detail?.address, [detail?.zipcode, detail?.city].filter(Boolean).join(' ')]
    .filter((part) => part?.trim())
    .join(', ');
  return {
    id: (detail?.id ?? record?.id)!,
    name: detail?.name ?? record?.name ?? '',
    website: detail?.website ?? record?.website,
    email: detail?.email ?? record?.email,
    ico: detail?.ico ?? record?.ico,
    phones: detail?.phones ?? [],
    address: address || undefined,
    country: detail?.global_country,
    turnover: detail?.turnover,
    magnitude: detail?.magnitude,
    contactPersons: detail?.contact_persons.length ? detail.contact_persons : (record?.contactPersons ?? []),
  };
}

function describePerson(person: PersonRecord): CompanyInsight['persons'][number] {
  return {
    id: person.id,
    name: person.name,
    position: person.position,
    email: person.email,
    phone: person.phone,
  };
}
