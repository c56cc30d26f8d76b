/** Sessions (one per visitor visit), the company summary embedded in them, and their actions. */
import * as v from 'valibot';
import { id, numeric, requiredText, text, textList, timestamp } from './fields';

/** `session.company` (K). `id` and `name` are what a visit is shown and matched by. */
const SessionCompanySchema = v.object({
  id,
  name: requiredText,
  territory: text,
  email: text,
  website: text,
  /** Names of the company's contact persons. */
  contact_persons: textList,
  /** The only way to the company's details (it carries a secure token): follow it, never build it. */
  detail_url: text,
});
export type SessionCompany = v.InferOutput<typeof SessionCompanySchema>;

/**
 * One visit. Timestamps are epoch ms (UTC rules of `parseApiTime`). `company` is null for an
 * unidentified visitor, also when the field is missing; a company that is present but unusable
 * (no id) makes the session invalid, so it is dropped from its page rather than shown as anonymous.
 */
export const SessionSchema = v.object({
  id,
  company: v.nullish(SessionCompanySchema, null),
  first_timestamp: timestamp,
  last_timestamp: timestamp,
  referrer: text,
  search_engine_query: text,
  /** Where this session's actions are listed: followed as given (same origin only). */
  action_list_url: text,
  /** A: number of page views, implied by the `action_count_min/max` filters; may be missing. */
  action_count: numeric,
});
export type Session = v.InferOutput<typeof SessionSchema>;

/** One page view. `seconds_spent` may be null or 0 (K); null/missing → undefined. */
export const ActionSchema = v.object({
  location: requiredText,
  seconds_spent: v.fallback(v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))), undefined),
  timestamp,
  title: text,
});
export type Action = v.InferOutput<typeof ActionSchema>;
