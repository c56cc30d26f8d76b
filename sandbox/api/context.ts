/** What route handlers get to work with. */
import type { RequestData } from '../http/body';
import type { ApiResponse } from '../http/respond';
import type { SeedData } from '../seed/types';
import type { SandboxState } from '../state/state';
import type { Scope } from './scopes';

/** Shared by all requests of one sandbox instance. */
export interface AppContext {
  data: SeedData;
  state: SandboxState;
  /** Signs pagination cursors; derived from the seed so links are reproducible. */
  cursorSecret: string;
  /** Starts at the data's `now` and runs on: dates records made at run time (blacklist), times throttling. */
  clock: () => Date;
}

export interface ApiContext {
  app: AppContext;
  method: string;
  /** Full request URL (origin taken from the Host header). */
  url: URL;
  query: URLSearchParams;
  /** API root, e.g. "http://127.0.0.1:8787/v1/"; every link in a response starts with it. */
  apiBase: string;
  /** Path parameters, URL-decoded. */
  params: Readonly<Record<string, string>>;
  /** Parsed request body (POST); empty for other methods. */
  data: RequestData;
  /** The authenticated user, set for every route that requires a token. */
  userId: number | null;
  token: string | null;
}

type Handler = (ctx: ApiContext) => ApiResponse | Promise<ApiResponse>;

export type Method = 'GET' | 'POST' | 'DELETE';

export interface RouteDef {
  /** Path after /v1/ with ":name" parameters, e.g. "resources/:domain/sessions/". */
  pattern: string;
  /** Throttle scope; null = not throttled (API root). */
  scope: Scope | null;
  /** false only for api-token-get. */
  auth: boolean;
  methods: Partial<Record<Method, Handler>>;
}
