/**
 * Only extension pages reach the popup handlers, but a payload is still data from another context:
 * a wrong shape is answered with a clear `validation` error instead of failing deep in a query.
 */
import { LeadyError } from '../../shared/api/errors';

function invalid(endpoint: string, field: string, problem: string): LeadyError {
  return new LeadyError({
    kind: 'validation',
    endpoint,
    message: `${endpoint}: ${field} ${problem}`,
    fieldErrors: { [field]: [problem] },
  });
}

export function requireText(value: unknown, endpoint: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw invalid(endpoint, field, 'must be non-empty text');
  return value;
}

export function requireId(value: unknown, endpoint: string, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(endpoint, field, 'must be a whole non-negative number');
  }
  return value;
}

/** Optional instant or count: absent stays absent, anything else must be a finite number. */
export function optionalNumber(value: unknown, endpoint: string, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw invalid(endpoint, field, 'must be a number');
  return value;
}

export function idSet(value: unknown): Set<number> {
  return new Set(Array.isArray(value) ? value.filter((id): id is number => Number.isSafeInteger(id)) : []);
}
