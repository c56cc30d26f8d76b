/** Every API route under /v1/. */
import type { RouteDef } from '../api/context';
import { authRoutes } from './auth';
import { blacklistRoutes } from './blacklist';
import { companyRoutes } from './companies';
import { listRoutes } from './lists';
import { resourceRoutes } from './resources';
import { rootRoutes } from './root';
import { sessionRoutes } from './sessions';

export const API_ROUTES: readonly RouteDef[] = [
  ...rootRoutes,
  ...authRoutes,
  ...resourceRoutes,
  ...sessionRoutes,
  ...companyRoutes,
  ...listRoutes,
  ...blacklistRoutes,
];
