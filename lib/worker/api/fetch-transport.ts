/**
 * The Transport that talks HTTP, on an ofetch instance: ofetch merges the headers, sets the token
 * (its `onRequest` hook), reads the JSON body and raises a FetchError carrying the response for a
 * 4xx/5xx; here every outcome becomes a value or a LeadyError. It never retries: the request queue
 * decides about retries and throttling.
 */
import { FetchError, ofetch } from 'ofetch';
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

const DEFAULT_TIMEOUT_MS = 30_000;

/** Thrown by the token hook; becomes a `signed-out` error naming the endpoint. */
class NoTokenError extends Error {}

/** A body that is not JSON (an HTML page, a cut-off answer). Only its length is kept: never quoted. */
class UnreadableBody {
  constructor(readonly length: number) {}
}

/**
 * ofetch's own parser (destr) hands back the raw text of cut-off JSON and turns the word
 * `undefined` into undefined; a truncated success must be an error instead (issue 12's outbox
 * reads a cut-off 201 as "unknown outcome"), so the body is parsed strictly here, whatever its
 * content type claims.
 */
function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return new UnreadableBody(text.length);
  }
}

export function createFetchTransport(options: FetchTransportOptions): Transport {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? Date.now;

  const anonymous = ofetch.create(
    {
      headers: { 'Content-type': 'application/json; charset=utf-8', Accept: 'application/json' },
      parseResponse: parseJsonBody,
      // The queue owns retries: one call here is exactly one HTTP request.
      retry: 0,
      // ofetch's `timeout` is not used: it is skipped when a signal is passed (the queue always
      // passes one) and stops before the body is read. The deadline below covers both.
      // A redirect would carry the token wherever it points; the API has no reason to redirect.
      redirect: 'error',
      // Token auth only: a leady.com session cookie could make DRF demand a CSRF token on POST.
      credentials: 'omit',
      cache: 'no-store',
    },
    // Without an injected fetch, ofetch's default looks the global fetch up at call time.
    options.fetch ? { fetch: options.fetch } : {},
  );
  const authorized = anonymous.create({
    // The token is read at the moment the request is sent, and only in the background.
    async onRequest({ options: sending }) {
      const token = await options.getToken();
      if (!token) throw new NoTokenError();
      // Reading the token is async: the caller may have given up meanwhile.
      sending.signal?.throwIfAborted();
      sending.headers.set('Authorization', `Token ${token}`);
    },
  });

  return async (request) => {
    if (request.signal?.aborted) throw aborted(request);
    const deadline = createDeadline(request.signal, timeoutMs);
    let response: Response & { _data?: unknown };
    try {
      response = await (request.auth ? authorized : anonymous).raw(request.url, {
        method: request.method,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: deadline.signal,
      });
    } catch (error) {
      throw redact(fromFailure(request, deadline, error, now()), sentToken(error));
    } finally {
      deadline.dispose();
    }

    const { status, statusText, headers } = response;
    const body = response._data;
    if (status < 200 || status >= 300) {
      // ofetch only raises for 4xx/5xx; a stray 1xx/3xx is not something the contract describes.
      throw errorFromResponse(request, { status, statusText, headers, body: readable(body) }, now());
    }
    if (body instanceof UnreadableBody) {
      throw new LeadyError({
        kind: 'malformed',
        endpoint: request.endpoint,
        status,
        // Never quote the body: a cut-off token response would put part of the token here.
        message: `${request.endpoint}: ${request.method} ${request.url} → ${status} with a body that is not valid JSON (content-type ${headers.get('content-type') ?? 'none'}, ${body.length} characters)`,
      });
    }
    return body ?? null;
  };
}

/** A failed ofetch call: an HTTP error answer (FetchError with its response), or no answer at all. */
function fromFailure(request: ApiRequest, deadline: Deadline, error: unknown, now: number): LeadyError {
  if (error instanceof NoTokenError) {
    return new LeadyError({
      kind: 'signed-out',
      endpoint: request.endpoint,
      message: `${request.endpoint}: no API token stored; not sent`,
    });
  }
  if (error instanceof FetchError && error.response) {
    const { status, statusText, headers } = error.response;
    return errorFromResponse(request, { status, statusText, headers, body: readable(error.data) }, now);
  }
  return noAnswer(request, deadline, error);
}

/** Error bodies are read leniently: a proxy's HTML page is simply no DRF body. */
function readable(body: unknown): unknown {
  return body instanceof UnreadableBody ? undefined : body;
}

function aborted(request: ApiRequest): LeadyError {
  return new LeadyError({
    kind: 'aborted',
    endpoint: request.endpoint,
    message: `${request.endpoint}: cancelled by the caller`,
  });
}

/** No HTTP answer: the caller cancelled, the time limit passed, or the network failed. */
function noAnswer(request: ApiRequest, deadline: Deadline, error: unknown): LeadyError {
  // ofetch wraps a fetch failure in a FetchError whose own fields include our request headers;
  // keep only the underlying error as the cause.
  const cause = error instanceof FetchError && error.cause !== undefined ? error.cause : error;
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

/**
 * The token a failed request carried, read back from the headers ofetch sent. Only a FetchError can
 * echo it (an answer's body, or a fetch failure's message); errors before sending never held it.
 */
function sentToken(error: unknown): string | undefined {
  if (!(error instanceof FetchError)) return undefined;
  return new Headers(error.options?.headers).get('authorization')?.replace(/^Token /, '') || undefined;
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
