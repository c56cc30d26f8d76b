/** Tokens, tracked websites, saved filters, the blacklist and the code lists. */
import * as v from 'valibot';
import { id, numeric, optionalId, requiredText, text, timestamp } from './fields';

/** `api-token-get` (K) and `api-token-reset` (A shape): the token is the whole point. */
export const TokenSchema = v.object({
  token: v.pipe(v.string(), v.trim(), v.nonEmpty('Expected a non-empty token')),
});

/** A tracked website. `domain` (K) is used in paths, so it is required. */
export const ResourceSchema = v.object({
  domain: requiredText,
  name: text,
  sessions_url: text,
});
export type Resource = v.InferOutput<typeof ResourceSchema>;

/** A saved session filter (A shape). `resource` is kept as text: domain or id, unknown which. */
export const SavedFilterSchema = v.object({
  id: optionalId,
  name: text,
  resource: text,
});
export type SavedFilter = v.InferOutput<typeof SavedFilterSchema>;

const BlacklistCompanySchema = v.object({
  id: optionalId,
  name: text,
  website: text,
});

/**
 * A blacklist entry (A shape). `company` is expected as `{id, name, website}`; a bare id is
 * accepted as `{id}` and anything else leaves it missing.
 */
export const BlacklistEntrySchema = v.object({
  id: optionalId,
  company: v.fallback(
    v.optional(
      v.union([
        BlacklistCompanySchema,
        v.pipe(
          id,
          v.transform((companyId) => ({ id: companyId }) as v.InferOutput<typeof BlacklistCompanySchema>),
        ),
      ]),
    ),
    undefined,
  ),
  created: timestamp,
});
export type BlacklistEntry = v.InferOutput<typeof BlacklistEntrySchema>;

/** A turnover or employee-count band (A shape). Open-ended bands have no `min` or `max`. */
export const CodeListItemSchema = v.object({
  id: optionalId,
  name: text,
  min: numeric,
  max: numeric,
});
export type CodeListItem = v.InferOutput<typeof CodeListItemSchema>;
