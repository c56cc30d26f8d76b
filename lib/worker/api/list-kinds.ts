/**
 * The paginated lists of the API: which endpoint each belongs to and how its items are read, so a
 * `next` link can be fetched and parsed knowing only what kind of list it came from.
 */
import type * as v from 'valibot';
import type { EndpointName } from './endpoints';
import {
  type Action,
  ActionSchema,
  type BlacklistEntry,
  BlacklistEntrySchema,
  type CodeListItem,
  CodeListItemSchema,
  type Page,
  type Person,
  PersonSchema,
  parsePage,
  parsePageOrArray,
  type Resource,
  ResourceSchema,
  type SavedFilter,
  SavedFilterSchema,
  type Session,
  SessionSchema,
} from './schemas';

export interface ListItemTypes {
  resources: Resource;
  sessions: Session;
  actions: Action;
  persons: Person;
  'saved-filters': SavedFilter;
  blacklist: BlacklistEntry;
  turnovers: CodeListItem;
  magnitudes: CodeListItem;
}

export type ListKind = keyof ListItemTypes;

interface ListKindInfo {
  endpoint: EndpointName;
  schema: v.GenericSchema<unknown, unknown>;
  /** Code lists may be a bare JSON array instead of a page (D). */
  bareArrayAllowed: boolean;
}

export const LIST_KINDS: Record<ListKind, ListKindInfo> = {
  resources: { endpoint: 'resources.list', schema: ResourceSchema, bareArrayAllowed: false },
  sessions: { endpoint: 'sessions.list', schema: SessionSchema, bareArrayAllowed: false },
  actions: { endpoint: 'actions.list', schema: ActionSchema, bareArrayAllowed: false },
  persons: { endpoint: 'persons.list', schema: PersonSchema, bareArrayAllowed: false },
  'saved-filters': { endpoint: 'saved-filters.list', schema: SavedFilterSchema, bareArrayAllowed: false },
  blacklist: { endpoint: 'blacklist.list', schema: BlacklistEntrySchema, bareArrayAllowed: false },
  turnovers: { endpoint: 'turnovers.list', schema: CodeListItemSchema, bareArrayAllowed: true },
  magnitudes: { endpoint: 'magnitudes.list', schema: CodeListItemSchema, bareArrayAllowed: true },
};

export function parseListPage<K extends ListKind>(kind: K, data: unknown): Page<ListItemTypes[K]> {
  const { endpoint, schema, bareArrayAllowed } = LIST_KINDS[kind];
  const page = bareArrayAllowed
    ? parsePageOrArray(schema, data, endpoint)
    : parsePage(schema, data, endpoint);
  // The schema table is keyed by kind, so its output is ListItemTypes[K]; TS cannot follow that link.
  return page as Page<ListItemTypes[K]>;
}
