/** The tracked websites: GET resources/ and GET resources/{domain}/. */
import type { RouteDef } from '../api/context';
import { notFound } from '../http/api-error';
import { pagedResponse } from './paged';
import { resourceJson } from './serializers';

export const resourceRoutes: RouteDef[] = [
  {
    pattern: 'resources/',
    scope: 'lists',
    auth: true,
    methods: {
      GET: (ctx) => {
        const resources = ctx.app.data.resources.map((resource, index) => ({ resource, key: index + 1 }));
        return pagedResponse(
          ctx,
          resources,
          (item) => item.key,
          'asc',
          (item) => resourceJson(ctx.apiBase, item.resource),
        );
      },
    },
  },
  {
    pattern: 'resources/:domain/',
    scope: 'lists',
    auth: true,
    methods: {
      GET: (ctx) => {
        const resource = ctx.app.data.resources.find((r) => r.domain === ctx.params.domain);
        if (!resource) throw notFound();
        return { status: 200, body: resourceJson(ctx.apiBase, resource) };
      },
    },
  },
];
