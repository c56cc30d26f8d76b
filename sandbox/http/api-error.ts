/**
 * Errors a handler throws to produce a DRF-style error response. Keeping the exact DRF bodies here
 * means every route words its failures the same way the live API (Django REST Framework) does.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`HTTP ${status}`);
    this.name = 'ApiError';
  }
}

/** A field → messages map, the shape of DRF's 400 ValidationError. */
export type FieldErrors = Record<string, string[]>;

export function notFound(): ApiError {
  return new ApiError(404, { detail: 'Not found.' });
}

export function methodNotAllowed(method: string, allowed: readonly string[]): ApiError {
  return new ApiError(405, { detail: `Method "${method}" not allowed.` }, { Allow: allowed.join(', ') });
}

/** DRF words the wait in whole seconds, singular for one (Throttled.extra_detail_singular). */
export function throttled(waitSeconds: number): ApiError {
  const wait = Math.max(0, Math.ceil(waitSeconds));
  const unit = wait === 1 ? 'second' : 'seconds';
  return new ApiError(
    429,
    { detail: `Request was throttled. Expected available in ${wait} ${unit}.` },
    { 'Retry-After': String(wait) },
  );
}

export const REQUIRED = 'This field is required.';
