/** The Leady API client's public surface; import from here unless you need an internal piece. */

export { isLeadyError, LeadyError, type LeadyErrorData, type LeadyErrorKind } from '../../shared/api/errors';
export type { ApiRequest, ApiScope, HttpMethod, Priority, Transport } from '../../shared/api/request';
export {
  type CallOptions,
  createLeadyClient,
  type LeadyClient,
  type LeadyClientOptions,
  type PageOptions,
  type PersonsOf,
  type SessionFilters,
} from './client';
export { ENDPOINT_SCOPES, type EndpointName } from './endpoints';
export { createFetchTransport, DEFAULT_TIMEOUT_MS, type FetchTransportOptions } from './fetch-transport';
export type { ListItemTypes, ListKind } from './list-kinds';
export { type PaginateOptions, type Paginator, paginate } from './paginate';
export type {
  Action,
  BlacklistEntry,
  CodeListItem,
  Company,
  Page,
  Person,
  Resource,
  SavedFilter,
  Session,
  SessionCompany,
} from './schemas';
export { formatApiTime, parseApiTime } from './time';
