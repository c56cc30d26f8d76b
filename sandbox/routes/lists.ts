/** Saved filters and the turnovers / magnitudes code lists. */
import type { RouteDef } from '../api/context';
import { ApiError } from '../http/api-error';
import type { CodeListEntry } from '../seed/code-lists';
import { pagedResponse } from './paged';

/** Code lists are small and come back as a bare array; `country` narrows them to one country. */
function codeListRoute(
  pattern: string,
  pick: (data: {
    turnovers: readonly CodeListEntry[];
    magnitudes: readonly CodeListEntry[];
  }) => readonly CodeListEntry[],
): RouteDef {
  return {
    pattern,
    scope: 'lists',
    auth: true,
    methods: {
      GET: (ctx) => {
        const entries = pick(ctx.app.data);
        const country = ctx.query.get('country');
        if (country === null || country === '') return { status: 200, body: entries };
        const code = country.toUpperCase();
        if (!entries.some((entry) => entry.country === code)) {
          throw new ApiError(400, {
            country: [`Select a valid choice. ${country} is not one of the available choices.`],
          });
        }
        return { status: 200, body: entries.filter((entry) => entry.country === code) };
      },
    },
  };
}

export const listRoutes: RouteDef[] = [
  {
    pattern: 'saved-filters/',
    scope: 'lists',
    auth: true,
    methods: {
      GET: (ctx) =>
        pagedResponse(
          ctx,
          ctx.app.data.savedFilters,
          (filter) => filter.id,
          'asc',
          (filter) => ({ id: filter.id, name: filter.name, resource: filter.resource }),
        ),
    },
  },
  codeListRoute('turnovers/', (data) => data.turnovers),
  codeListRoute('magnitudes/', (data) => data.magnitudes),
];
