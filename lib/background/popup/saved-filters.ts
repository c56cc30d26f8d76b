import type { SavedFilter } from '../../api';
import { applicableFilters } from '../../popup/saved-filters';
import type { SavedFilterOption } from '../../popup/types';
import type { Services } from '../services';

export async function savedFilters(services: Services, resource: unknown): Promise<SavedFilterOption[]> {
  const client = await services.client();
  const filters: SavedFilter[] = [];
  for await (const filter of client.savedFilters({ priority: 'interactive', maxPages: 5 }).items()) {
    filters.push(filter);
  }
  return applicableFilters(filters, typeof resource === 'string' ? resource : undefined);
}
