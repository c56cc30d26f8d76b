import * as v from 'valibot';
import { LeadyError } from '../../shared/api/errors';

/**
 * The answer to a payload its message's schema refused: a `validation` error naming the message and
 * each field that failed (`queries.3.clues`, or `payload` for the payload as a whole), the same
 * envelope every other error travels in. It reports a bug or a tampered sender, not the user's input.
 */
export function invalidPayload(type: string, issues: readonly v.BaseIssue<unknown>[]): LeadyError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = v.getDotPath(issue) ?? 'payload';
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
  }
  const first = issues[0];
  const where = first ? (v.getDotPath(first) ?? 'payload') : 'payload';
  return new LeadyError({
    kind: 'validation',
    endpoint: type,
    message: `Message "${type}" has an invalid payload: ${where}: ${first?.message ?? 'refused'}`,
    fieldErrors,
  });
}
