/**
 * Field schemas shared by every response. Most of the Leady contract is assumed (A), so apart from
 * the few identifiers the app cannot work without, a field that is missing, null or of an unexpected
 * type becomes `undefined` (or `[]` for lists) instead of failing the whole record.
 */
import * as v from 'valibot';
import { parseApiTime } from '../time';

const NUMERIC_STRING = /^\s*\d+\s*$/;

/** A record id: a non-negative integer, or the same as a numeric string (normalised to number). */
export const id = v.union([
  v.pipe(v.number(), v.integer(), v.minValue(0)),
  v.pipe(v.string(), v.regex(NUMERIC_STRING, 'Expected a numeric id'), v.transform(Number)),
]);

/** An id that may be missing or unusable: `undefined` then. */
export const optionalId = v.fallback(v.optional(id), undefined);

/** Required non-empty text (a name or domain the app keys on). Numbers are accepted as text. */
export const requiredText = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.transform(String))]),
  v.trim(),
  v.nonEmpty('Expected non-empty text'),
);

/** Display text: numbers become strings (a zipcode may arrive as 11000); anything else is missing. */
export const text = v.fallback(
  v.optional(v.union([v.string(), v.pipe(v.number(), v.finite(), v.transform(String))])),
  undefined,
);

/** A number that DRF may render as a string (DecimalField): "1250000.00" → 1250000. */
export const numeric = v.fallback(
  v.optional(
    v.union([
      v.pipe(v.number(), v.finite()),
      v.pipe(
        v.string(),
        v.transform((s) => (s.trim() === '' ? Number.NaN : Number(s))),
        v.finite(),
      ),
    ]),
  ),
  undefined,
);

/**
 * A list of strings (phones, contact persons). Not an array → `[]`; items that are not text are
 * dropped one by one rather than losing the rest.
 */
export const textList = v.fallback(
  v.pipe(
    v.array(v.unknown()),
    v.transform((items) =>
      items.flatMap((item) => {
        if (typeof item === 'number' && Number.isFinite(item)) return [String(item)];
        if (typeof item !== 'string' || item.trim() === '') return [];
        return [item];
      }),
    ),
  ),
  () => [] as string[],
);

/** An API timestamp as epoch milliseconds (UTC rules of `parseApiTime`); unparseable → missing. */
export const timestamp = v.fallback(v.optional(v.pipe(v.unknown(), v.transform(parseApiTime))), undefined);

/**
 * A Czech registration number (IČO) is 8 digits with leading zeros; a number would have lost them.
 */
export const registrationNumber = v.fallback(
  v.optional(
    v.union([
      v.string(),
      v.pipe(
        v.number(),
        v.integer(),
        v.minValue(0),
        v.transform((n) => String(n).padStart(8, '0')),
      ),
    ]),
  ),
  undefined,
);
