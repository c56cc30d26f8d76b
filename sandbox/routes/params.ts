/** Path and query helpers shared by the routes. */
import type { ApiContext } from '../api/context';
import { notFound } from '../http/api-error';

/** A numeric id from the path; anything else is a 404, as a failed lookup in DRF. */
export function idParam(ctx: ApiContext, name = 'id'): number {
  const raw = ctx.params[name] ?? '';
  if (!/^\d{1,15}$/.test(raw)) throw notFound();
  return Number(raw);
}

/** Detail URLs carry a per-record secure token; a missing or wrong one looks like a missing record. */
export function requireSecureToken(ctx: ApiContext, expected: string): void {
  if (ctx.query.get('secure_token') !== expected) throw notFound();
}
