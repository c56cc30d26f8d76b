import type { LeadyError } from '../../shared/api/errors';
import type { ApiRequest } from '../../shared/api/request';

/**
 * Which failures are worth sending again. Only idempotent GETs are retried after a network error,
 * timeout or 5xx: a POST that timed out may have been applied, so repeating it blindly could, for
 * example, blacklist twice or reset a token twice.
 */
export function isRetryable(request: ApiRequest, error: LeadyError): boolean {
  if (request.method !== 'GET') return false;
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server';
}
