/**
 * HTTP error responses → LeadyError. Bodies follow DRF (`{"detail"}`, `{"field": ["msg"]}`,
 * `{"non_field_errors": [...]}`) when they are JSON at all; proxies answer 5xx with HTML or nothing.
 */
import { LeadyError, type LeadyErrorKind } from '../../shared/api/errors';
import type { ApiRequest } from '../../shared/api/request';

export interface ErrorResponse {
  status: number;
  statusText: string;
  headers: Headers;
  /** The parsed JSON body, or undefined when the body was empty or not JSON. */
  body: unknown;
}

/** The endpoint whose 400 `non_field_errors` means "wrong e-mail or password". */
const TOKEN_GET_ENDPOINT = 'auth.token-get';

export function errorFromResponse(request: ApiRequest, response: ErrorResponse, now: number): LeadyError {
  const { status } = response;
  const detail = detailOf(response.body);
  const fieldErrors = status === 400 ? fieldErrorsOf(response.body) : undefined;
  const nonField = fieldErrors?.non_field_errors?.[0] ?? topLevelMessage(response.body);
  const apiMessage = status === 400 ? (nonField ?? detail) : detail;
  const kind = kindFor(request, status, nonField !== undefined);
  const retryAfterSeconds =
    kind === 'throttled' ? parseRetryAfter(response.headers.get('retry-after'), detail, now) : undefined;
  const statusLine = `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return new LeadyError({
    kind,
    endpoint: request.endpoint,
    message: `${request.endpoint}: ${request.method} ${request.url} → ${statusLine}${apiMessage ? `: ${apiMessage}` : ''}`,
    status,
    apiMessage,
    fieldErrors: fieldErrors && Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined,
    retryAfterSeconds,
  });
}

function kindFor(request: ApiRequest, status: number, hasNonFieldError: boolean): LeadyErrorKind {
  if (status === 400) {
    return request.endpoint === TOKEN_GET_ENDPOINT && hasNonFieldError ? 'bad-credentials' : 'validation';
  }
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  // 405, 409, 415, a stray 3xx…: not something the contract describes.
  return 'malformed';
}

/**
 * Seconds to wait after a 429: `Retry-After` as delta-seconds or as an HTTP date, else DRF's
 * "Expected available in N seconds." detail, else unknown.
 */
function parseRetryAfter(header: string | null, detail: string | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (value) {
    if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  const match = detail?.match(/available in (\d+(?:\.\d+)?) seconds?/i);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function detailOf(body: unknown): string | undefined {
  return isRecord(body) && typeof body.detail === 'string' ? body.detail : undefined;
}

/** DRF may also raise a bare list: `["msg"]`. */
function topLevelMessage(body: unknown): string | undefined {
  if (Array.isArray(body) && typeof body[0] === 'string') return body[0];
  return undefined;
}

/** `{field: ["msg"]}`; a lone string counts as one message, nested serializers become "a.b". */
function fieldErrorsOf(
  body: unknown,
  prefix = '',
  into: Record<string, string[]> = {},
): Record<string, string[]> {
  if (!isRecord(body)) return into;
  for (const [key, value] of Object.entries(body)) {
    if (key === 'detail' && prefix === '') continue;
    const field = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into[field] = [value];
    else if (Array.isArray(value)) {
      const messages = value.filter((m): m is string => typeof m === 'string');
      if (messages.length > 0) into[field] = messages;
    } else fieldErrorsOf(value, field, into);
  }
  return into;
}
