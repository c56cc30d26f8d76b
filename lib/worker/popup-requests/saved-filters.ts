import type { SavedFilterOption } from '../../shared/popup/types';
import type { SavedFilter } from '../api';
import type { Services } from '../services';
import { applicableFilters } from './applicable-filters';

export async function savedFilters(
  services: Services,
  resource: string | undefined,
): Promise<SavedFilterOption[]> {
  const client = await services.client();
  const filters: SavedFilter[] = [];
  for await (const filter of client.savedFilters({ priority: 'interactive', maxPages: 5 }).items()) {
    filters.push(filter);
  }
  return applicableFilters(filters, resource);
}
