import { LeadyError, type LeadyErrorData } from '../api/errors';

/** What crosses between contexts: a request `{type, payload}` and a result envelope. */
export interface MessageRequest {
  type: string;
  payload: unknown;
}

export type MessageResult<T> = { ok: true; value: T } | { ok: false; error: LeadyErrorData };

export function okResult<T>(value: T): MessageResult<T> {
  return { ok: true, value };
}

/** Any thrown value becomes a LeadyError's data, so the UI always has a kind to switch on. */
export function errorResult(error: unknown, type: string): MessageResult<never> {
  if (error instanceof LeadyError) return { ok: false, error: error.toJSON() };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { kind: 'malformed', endpoint: type, message } };
}

export function isMessageRequest(value: unknown): value is MessageRequest {
  return typeof value === 'object' && value !== null && typeof (value as MessageRequest).type === 'string';
}

export function isMessageResult(value: unknown): value is MessageResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}
