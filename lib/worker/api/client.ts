/**
 * Typed Leady API calls. The client only builds ApiRequests and reads their answers; sending
 * (token, timeouts, throttling, retries) is the Transport's job. Links the API hands out
 * (`next`, `detail_url`, `action_list_url`, `persons_url`) are followed as given, on the API's
 * origin only, and never rebuilt.
 */
import * as v from 'valibot';
import { LeadyError } from '../../shared/api/errors';
import type { ApiRequest, HttpMethod, Priority, Transport } from '../../shared/api/request';
import { ENDPOINT_SCOPES, type EndpointName } from './endpoints';
import { endpointUrl, idSegment, pathSegment, type QueryValue, sameOriginLink } from './links';
import { LIST_KINDS, type ListItemTypes, type ListKind, parseListPage } from './list-kinds';
import { type Paginator, paginate } from './paginate';
import {
  type Action,
  type BlacklistEntry,
  BlacklistEntrySchema,
  type CodeListItem,
  type Company,
  CompanySchema,
  type Page,
  type Person,
  PersonSchema,
  parseOne,
  type Resource,
  ResourceSchema,
  type SavedFilter,
  type Session,
  SessionSchema,
  TokenSchema,
} from './schemas';
import { formatApiTime } from './time';

interface CallOptions {
  priority?: Priority;
  signal?: AbortSignal;
}

interface PageOptions extends CallOptions {
  /** Stop after this many pages (the first included). */
  maxPages?: number;
}

/** Session list filters, named as the API names them. Times are sent as UTC `YYYY-MM-DD HH:MM:SS`. */
interface SessionFilters {
  period_start?: Date | number;
  period_end?: Date | number;
  saved_filter_id?: number;
  action_count_min?: number;
  action_count_max?: number;
  seconds_spent_min?: number;
  seconds_spent_max?: number;
  session_type?: string;
  /** A: only this company's sessions. */
  company?: number;
}

/** What `listPersons` needs: a company id, or a company whose own `persons_url` is preferred. */
type PersonsOf = number | string | { id: number; persons_url?: string };

export interface LeadyClientOptions {
  /** API root, e.g. `https://api.leady.com/v1/` (a missing trailing slash is added). */
  baseUrl: string;
  transport: Transport;
}

export interface LeadyClient {
  readonly baseUrl: string;
  /** Exchanges e-mail and password for the token (the only call without one). */
  getToken(email: string, password: string, options?: CallOptions): Promise<string>;
  /** Invalidates the current token everywhere and returns the new one. */
  resetToken(options?: CallOptions): Promise<string>;
  listResources(options?: CallOptions): Promise<Page<Resource>>;
  resources(options?: PageOptions): Paginator<Resource>;
  getResource(domain: string, options?: CallOptions): Promise<Resource>;
  listSessions(domain: string, filters?: SessionFilters, options?: CallOptions): Promise<Page<Session>>;
  sessions(domain: string, filters?: SessionFilters, options?: PageOptions): Paginator<Session>;
  getSession(id: number | string, options?: CallOptions): Promise<Session>;
  listActions(session: Pick<Session, 'action_list_url'>, options?: CallOptions): Promise<Page<Action>>;
  actions(session: Pick<Session, 'action_list_url'>, options?: PageOptions): Paginator<Action>;
  getCompany(detailUrl: string, options?: CallOptions): Promise<Company>;
  getPerson(detailUrl: string, options?: CallOptions): Promise<Person>;
  listPersons(company: PersonsOf, options?: CallOptions): Promise<Page<Person>>;
  persons(company: PersonsOf, options?: PageOptions): Paginator<Person>;
  listSavedFilters(options?: CallOptions): Promise<Page<SavedFilter>>;
  savedFilters(options?: PageOptions): Paginator<SavedFilter>;
  listBlacklist(options?: CallOptions): Promise<Page<BlacklistEntry>>;
  blacklist(options?: PageOptions): Paginator<BlacklistEntry>;
  addToBlacklist(companyId: number, options?: CallOptions): Promise<BlacklistEntry>;
  removeFromBlacklist(entryId: number, options?: CallOptions): Promise<void>;
  listTurnovers(country?: string, options?: CallOptions): Promise<Page<CodeListItem>>;
  turnovers(country?: string, options?: PageOptions): Paginator<CodeListItem>;
  listMagnitudes(country?: string, options?: CallOptions): Promise<Page<CodeListItem>>;
  magnitudes(country?: string, options?: PageOptions): Paginator<CodeListItem>;
  /** Fetches a `next`/`previous` link of a list of `kind` (same origin as the API only). */
  nextPage<K extends ListKind>(url: string, kind: K, options?: CallOptions): Promise<Page<ListItemTypes[K]>>;
}

export function createLeadyClient({ baseUrl: rawBaseUrl, transport }: LeadyClientOptions): LeadyClient {
  const baseUrl = rawBaseUrl.endsWith('/') ? rawBaseUrl : `${rawBaseUrl}/`;
  // Fail at configuration time, not on the first call.
  new URL(baseUrl);

  function send(
    endpoint: EndpointName,
    method: HttpMethod,
    url: string,
    options: CallOptions = {},
    body?: unknown,
  ): Promise<unknown> {
    const request: ApiRequest = {
      method,
      url,
      scope: ENDPOINT_SCOPES[endpoint],
      endpoint,
      auth: endpoint !== 'auth.token-get',
    };
    if (body !== undefined) request.body = body;
    if (options.priority !== undefined) request.priority = options.priority;
    if (options.signal !== undefined) request.signal = options.signal;
    return transport(request);
  }

  const url = (path: string, query?: Record<string, QueryValue>) => endpointUrl(baseUrl, path, query);

  /** A link from a response, or a clear error when the response did not give one. */
  function link(value: string | undefined, endpoint: EndpointName, field: string): string {
    if (value === undefined || value.trim() === '') {
      throw new LeadyError({ kind: 'malformed', endpoint, message: `${endpoint}: no ${field} to follow` });
    }
    return sameOriginLink(value, baseUrl, endpoint, field);
  }

  async function fetchList<K extends ListKind>(kind: K, listUrl: string, options?: CallOptions) {
    return parseListPage(kind, await send(LIST_KINDS[kind].endpoint, 'GET', listUrl, options));
  }

  function nextPage<K extends ListKind>(next: string, kind: K, options?: CallOptions) {
    return fetchList(kind, sameOriginLink(next, baseUrl, LIST_KINDS[kind].endpoint, 'next link'), options);
  }

  /** `firstUrl` is computed lazily so that a bad argument surfaces when iteration starts. */
  function walk<K extends ListKind>(kind: K, firstUrl: () => string, options: PageOptions = {}) {
    const { maxPages, ...callOptions } = options;
    return paginate(
      () => fetchList(kind, firstUrl(), callOptions),
      (next) => fetchList(kind, next, callOptions),
      { maxPages, signal: options.signal, baseUrl, endpoint: LIST_KINDS[kind].endpoint },
    );
  }

  const sessionsUrl = (domain: string, filters?: SessionFilters) =>
    url(`resources/${pathSegment(domain)}/sessions/`, sessionQuery(filters));
  const actionsUrl = (session: Pick<Session, 'action_list_url'>) =>
    link(session.action_list_url, 'actions.list', 'action_list_url');
  const personsUrl = (company: PersonsOf) =>
    typeof company === 'object' && company.persons_url !== undefined
      ? link(company.persons_url, 'persons.list', 'persons_url')
      : url('persons/', { company: idSegment(typeof company === 'object' ? company.id : company) });
  const codeListUrl = (path: string, country?: string) => url(path, { country });

  return {
    baseUrl,

    async getToken(email, password, options) {
      const data = await send('auth.token-get', 'POST', url('api-token-get/'), options, { email, password });
      return parseOne(TokenSchema, data, 'auth.token-get').token;
    },
    async resetToken(options) {
      const data = await send('auth.token-reset', 'POST', url('api-token-reset/'), options);
      return parseOne(TokenSchema, data, 'auth.token-reset').token;
    },

    listResources: async (options) => fetchList('resources', url('resources/'), options),
    resources: (options) => walk('resources', () => url('resources/'), options),
    async getResource(domain, options) {
      const data = await send('resources.get', 'GET', url(`resources/${pathSegment(domain)}/`), options);
      return parseOne(ResourceSchema, data, 'resources.get');
    },

    listSessions: async (domain, filters, options) =>
      fetchList('sessions', sessionsUrl(domain, filters), options),
    sessions: (domain, filters, options) => walk('sessions', () => sessionsUrl(domain, filters), options),
    async getSession(id, options) {
      const data = await send('sessions.get', 'GET', url(`sessions/${idSegment(id)}/`), options);
      return parseOne(SessionSchema, data, 'sessions.get');
    },
    listActions: async (session, options) => fetchList('actions', actionsUrl(session), options),
    actions: (session, options) => walk('actions', () => actionsUrl(session), options),

    async getCompany(detailUrl, options) {
      const data = await send(
        'companies.get',
        'GET',
        link(detailUrl, 'companies.get', 'detail_url'),
        options,
      );
      return parseOne(CompanySchema, data, 'companies.get');
    },
    async getPerson(detailUrl, options) {
      const data = await send('persons.get', 'GET', link(detailUrl, 'persons.get', 'detail_url'), options);
      return parseOne(PersonSchema, data, 'persons.get');
    },
    listPersons: async (company, options) => fetchList('persons', personsUrl(company), options),
    persons: (company, options) => walk('persons', () => personsUrl(company), options),

    listSavedFilters: async (options) => fetchList('saved-filters', url('saved-filters/'), options),
    savedFilters: (options) => walk('saved-filters', () => url('saved-filters/'), options),

    listBlacklist: async (options) => fetchList('blacklist', url('blacklist/'), options),
    blacklist: (options) => walk('blacklist', () => url('blacklist/'), options),
    async addToBlacklist(companyId, options) {
      const company = Number(idSegment(companyId));
      const data = await send('blacklist.add', 'POST', url('blacklist/'), options, { company });
      // 201 means it worked; the entry's shape is only assumed, so fall back to what we know.
      const parsed = v.safeParse(BlacklistEntrySchema, data);
      const entry: BlacklistEntry = parsed.success ? parsed.output : {};
      return entry.company?.id === undefined
        ? { ...entry, company: { ...entry.company, id: company } }
        : entry;
    },
    async removeFromBlacklist(entryId, options) {
      await send('blacklist.remove', 'DELETE', url(`blacklist/${idSegment(entryId)}/`), options);
    },

    listTurnovers: async (country, options) =>
      fetchList('turnovers', codeListUrl('turnovers/', country), options),
    turnovers: (country, options) => walk('turnovers', () => codeListUrl('turnovers/', country), options),
    listMagnitudes: async (country, options) =>
      fetchList('magnitudes', codeListUrl('magnitudes/', country), options),
    magnitudes: (country, options) => walk('magnitudes', () => codeListUrl('magnitudes/', country), options),

    nextPage: async (next, kind, options) => nextPage(next, kind, options),
  };
}

function sessionQuery(filters: SessionFilters = {}): Record<string, QueryValue> {
  const time = (value: Date | number | undefined) => (value === undefined ? undefined : formatApiTime(value));
  return {
    period_start: time(filters.period_start),
    period_end: time(filters.period_end),
    saved_filter_id: count('saved_filter_id', filters.saved_filter_id),
    action_count_min: count('action_count_min', filters.action_count_min),
    action_count_max: count('action_count_max', filters.action_count_max),
    seconds_spent_min: count('seconds_spent_min', filters.seconds_spent_min),
    seconds_spent_max: count('seconds_spent_max', filters.seconds_spent_max),
    session_type: filters.session_type,
    company: count('company', filters.company),
  };
}

/** Filter values are whole non-negative numbers; anything else is a caller bug, not an API call. */
function count(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) throw new TypeError(`Invalid ${name}: ${value}`);
  return value;
}
