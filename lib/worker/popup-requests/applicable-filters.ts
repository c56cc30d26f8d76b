/** Which of Leady's saved filters to offer for a tracked website. */

import type { SavedFilterOption } from '../../shared/popup/types';
import type { SavedFilter } from '../api/schemas';

const DOMAIN = /^[a-z\d-]+(\.[a-z\d-]+)+$/i;

/**
 * A filter without a resource applies everywhere. Its `resource` is only assumed to be a domain
 * (A): a value that is not one (an id?) cannot be compared, so the filter is offered rather than lost.
 */
export function applicableFilters(
  filters: readonly SavedFilter[],
  resource: string | undefined,
): SavedFilterOption[] {
  return filters.flatMap((filter) => {
    if (filter.id === undefined) return [];
    const scope = filter.resource?.trim().toLowerCase();
    if (resource && scope && DOMAIN.test(scope) && scope !== resource.toLowerCase()) return [];
    return [{ id: filter.id, name: filter.name?.trim() || `#${filter.id}` }];
  });
}
