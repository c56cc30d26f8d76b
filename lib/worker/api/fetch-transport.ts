/**
 * The Transport that talks HTTP: headers, token, time limit, cancellation, and every failure turned
 * into a LeadyError. It never retries; the request queue decides about retries and throttling.
 */
import { createFetch } from 'ofetch';
import { LeadyError } from '../../shared/api/errors';
import type { ApiRequest, Transport } from '../../shared/api/request';
import { createDeadline, type Deadline } from './deadline';
import { errorFromResponse } from './http-errors';

export interface FetchTransportOptions {
  /** The stored token; `undefined` (or empty) means the user is signed out. */
  getToken: () => Promise<string | undefined>;
  /** Time limit for one request including reading its body. Default 30 s; 0 or Infinity = none. */
  timeoutMs?: number;
  /** Injected by tests; defaults to the global fetch, looked up at call time. */
  fetch?: typeof fetch;
  /** Clock for `Retry-After` dates (tests). */
  now?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export function createFetchTransport(options: FetchTransportOptions): Transport {
  const $fetch = createFetch({
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    Headers: globalThis.Headers,
    AbortController: globalThis.AbortController,
  });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? Date.now;

  return async (request) => {
    if (request.signal?.aborted) throw aborted(request);
    const token = request.auth ? await options.getToken() : undefined;
    if (request.auth && !token) {
      throw new LeadyError({
        kind: 'signed-out',
        endpoint: request.endpoint,
        message: `${request.endpoint}: no API token stored; not sent`,
      });
    }
    // Reading the token is async: the caller may have given up meanwhile.
    if (request.signal?.aborted) throw aborted(request);

    const headers: Record<string, string> = {
      'Content-type': 'application/json; charset=utf-8',
      Accept: 'application/json',
    };
    if (token) headers.Authorization = `Token ${token}`;

    const deadline = createDeadline(request.signal, timeoutMs);
    let status: number;
    let statusText: string;
    let responseHeaders: Headers;
    let text: string;
    try {
      const response = await $fetch.raw(request.url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: deadline.signal,
        // The queue owns retries: one call here is exactly one HTTP request.
        retry: 0,
        // Raw text, so that truncated or non-JSON bodies are ours to judge (ofetch's parser is lenient).
        responseType: 'text',
        ignoreResponseError: true,
        // A redirect would carry the token wherever it points; the API has no reason to redirect.
        redirect: 'error',
        // Token auth only: a leady.com session cookie could make DRF demand a CSRF token on POST.
        credentials: 'omit',
        cache: 'no-store',
      });
      status = response.status;
      statusText = response.statusText;
      responseHeaders = response.headers;
      text = response._data ?? '';
    } catch (error) {
      throw redact(failure(request, deadline, error), token);
    } finally {
      deadline.dispose();
    }

    if (status >= 200 && status < 300) {
      if (text.trim() === '') return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw redact(
          new LeadyError({
            kind: 'malformed',
            endpoint: request.endpoint,
            status,
            // Never quote the body: a cut-off token response would put part of the token here.
            message: `${request.endpoint}: ${request.method} ${request.url} → ${status} with a body that is not valid JSON (${describeBody(text, responseHeaders)})`,
          }),
          token,
        );
      }
    }
    const body = parseLenient(text);
    throw redact(
      errorFromResponse(request, { status, statusText, headers: responseHeaders, body }, now()),
      token,
    );
  };
}

function aborted(request: ApiRequest): LeadyError {
  return new LeadyError({
    kind: 'aborted',
    endpoint: request.endpoint,
    message: `${request.endpoint}: cancelled by the caller`,
  });
}

/** No HTTP answer: the caller cancelled, the time limit passed, or the network failed. */
function failure(request: ApiRequest, deadline: Deadline, error: unknown): LeadyError {
  // ofetch wraps the fetch failure in a FetchError whose own fields include our request headers;
  // keep only the underlying error as the cause.
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  if (deadline.cancelled) return new LeadyError(aborted(request).toJSON(), { cause });
  const target = `${request.method} ${request.url}`;
  if (deadline.timedOut) {
    return new LeadyError(
      {
        kind: 'timeout',
        endpoint: request.endpoint,
        message: `${request.endpoint}: ${target}: no response in time`,
      },
      { cause },
    );
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new LeadyError(
    {
      kind: 'network',
      endpoint: request.endpoint,
      message: `${request.endpoint}: ${target}: no HTTP response (${reason})`,
    },
    { cause },
  );
}

function parseLenient(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeBody(text: string, headers: Headers): string {
  return `content-type ${headers.get('content-type') ?? 'none'}, ${text.length} characters`;
}

/** Belt and braces: whatever the server echoed into an error, the token does not stay there. */
function redact(error: LeadyError, token: string | undefined): LeadyError {
  const data = error.toJSON();
  if (!token || !JSON.stringify(data).includes(token)) return error;
  const clean = (text: string) => text.split(token).join('[token]');
  const fieldErrors =
    data.fieldErrors &&
    Object.fromEntries(
      Object.entries(data.fieldErrors).map(([field, messages]) => [clean(field), messages.map(clean)]),
    );
  return new LeadyError(
    {
      ...data,
      message: clean(data.message),
      apiMessage: data.apiMessage && clean(data.apiMessage),
      fieldErrors,
    },
    { cause: error.cause },
  );
}
