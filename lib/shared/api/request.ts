/**
 * What one Leady API call is, independent of how it is sent. The client builds these; a transport
 * sends them (directly in tests, through the rate-limited queue in the background worker).
 */

/** Leady limits requests per type of data; a 429 in one scope must not stall the others. */
export type ApiScope = 'auth' | 'sessions' | 'companies' | 'lists';

/** A request a person is waiting for (popup, overlay) goes ahead of background sync. */
export type Priority = 'interactive' | 'background';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface ApiRequest {
  method: HttpMethod;
  /** Absolute URL: built from the base URL, or a `next`/`detail_url` link exactly as the API gave it. */
  url: string;
  scope: ApiScope;
  /** Stable name of the endpoint ("sessions.list"), used in error messages and logs. */
  endpoint: string;
  /** JSON body for POST. */
  body?: unknown;
  /** False only for api-token-get, the one call made without a token. */
  auth: boolean;
  priority?: Priority;
  signal?: AbortSignal;
}

/** Sends a request and resolves with the parsed JSON body (`null` for an empty 2xx body). */
export type Transport = (request: ApiRequest) => Promise<unknown>;
