/** GET /v1/: DRF's browsable API root, a map of the top-level endpoints. */
import type { RouteDef } from '../api/context';

export const rootRoutes: RouteDef[] = [
  {
    pattern: '',
    scope: null,
    auth: true,
    methods: {
      GET: (ctx) => ({
        status: 200,
        body: Object.fromEntries(
          ['resources', 'saved-filters', 'blacklist', 'turnovers', 'magnitudes', 'persons'].map((name) => [
            name,
            `${ctx.apiBase}${name}/`,
          ]),
        ),
      }),
    },
  },
];
