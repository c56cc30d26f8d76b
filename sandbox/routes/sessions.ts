/** Sessions of a resource (filtered, newest first), one session, and a session's actions. */
import type { ApiContext, RouteDef } from '../api/context';
import { notFound } from '../http/api-error';
import { pagedResponse } from './paged';
import { idParam } from './params';
import { actionsJson, sessionJson } from './serializers';
import { parseSessionFilters } from './session-filters';
import { matchingSessionRows } from './session-query';

/** Row of the session named in the path, or 404. */
function sessionRow(ctx: ApiContext): number {
  const table = ctx.app.data.sessions;
  const row = idParam(ctx) - table.firstId;
  if (row < 0 || row >= table.count) throw notFound();
  return row;
}

export const sessionRoutes: RouteDef[] = [
  {
    pattern: 'resources/:domain/sessions/',
    scope: 'sessions',
    auth: true,
    methods: {
      GET: (ctx) => {
        const { data, state } = ctx.app;
        const resourceIndex = data.resources.findIndex((r) => r.domain === ctx.params.domain);
        if (resourceIndex < 0) throw notFound();
        const filters = parseSessionFilters(ctx.query, data);
        const rows = matchingSessionRows(data, state.blacklist, resourceIndex, filters);
        const firstId = data.sessions.firstId;
        return pagedResponse(
          ctx,
          rows,
          (row) => firstId + row,
          'desc',
          (row) => sessionJson(ctx.apiBase, data, row),
        );
      },
    },
  },
  {
    pattern: 'sessions/:id/',
    scope: 'sessions',
    auth: true,
    methods: {
      GET: (ctx) => ({ status: 200, body: sessionJson(ctx.apiBase, ctx.app.data, sessionRow(ctx)) }),
    },
  },
  {
    pattern: 'sessions/:id/actions/',
    scope: 'sessions',
    auth: true,
    methods: {
      GET: (ctx) => {
        // Actions have no id of their own; their order within the session is the cursor key.
        const actions = actionsJson(ctx.app.data, sessionRow(ctx)).map((action, index) => ({
          action,
          key: index + 1,
        }));
        return pagedResponse(
          ctx,
          actions,
          (item) => item.key,
          'asc',
          (item) => item.action,
        );
      },
    },
  },
];
