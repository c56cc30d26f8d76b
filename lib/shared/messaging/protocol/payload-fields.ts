/**
 * The field rules the request schemas share, one per kind of field, so that two messages naming
 * the same thing cannot check it differently. The router validates every payload with its
 * message's schema before a handler runs (lib/worker/messaging/router.ts).
 */
import * as v from 'valibot';

/** A message that carries nothing. */
export const noPayload = v.undefined();

/** A Leady company id: a whole number above 0. */
export const companyId = v.pipe(v.number(), v.safeInteger(), v.minValue(1));

/** Text that must say something: a resource, a cursor link, a cache key. */
export const nonEmptyText = v.pipe(
  v.string(),
  v.check((text) => text.trim() !== '', 'must be non-empty text'),
);

/** An instant (epoch ms) or a count: NaN and the infinities are refused. */
export const finiteNumber = v.pipe(v.number(), v.finite());

/** Every schema of one protocol area, keyed by message type. */
type RequestSchemas = Record<string, v.GenericSchema>;

/** The request type of message `K`: what its schema lets through, as the handler receives it. */
export type RequestOf<Schemas extends RequestSchemas, K extends keyof Schemas> = v.InferOutput<Schemas[K]>;
