/**
 * Every Leady call the client makes: its stable name (used in errors, logs and the queue) and the
 * throttling scope it counts against (A: Leady limits per type of data; these groups are assumed).
 */
import type { ApiScope } from '../../shared/api/request';

export const ENDPOINT_SCOPES = {
  'auth.token-get': 'auth',
  'auth.token-reset': 'auth',
  'resources.list': 'lists',
  'resources.get': 'lists',
  'sessions.list': 'sessions',
  'sessions.get': 'sessions',
  'actions.list': 'sessions',
  'companies.get': 'companies',
  'persons.list': 'companies',
  'persons.get': 'companies',
  'saved-filters.list': 'lists',
  'blacklist.list': 'lists',
  'blacklist.add': 'lists',
  'blacklist.remove': 'lists',
  'turnovers.list': 'lists',
  'magnitudes.list': 'lists',
} as const satisfies Record<string, ApiScope>;

export type EndpointName = keyof typeof ENDPOINT_SCOPES;
