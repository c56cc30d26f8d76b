/**
 * The schema of a `page.match` batch. A content script shares its tab with a hostile page; a
 * compromised one must not be able to make the worker do unbounded work, so a batch is capped and
 * every string is cut to a size no real clue exceeds. A query that is not a usable clue is dropped,
 * not reported: the page stays annotated as far as it can be. Only known fields are kept.
 */
import * as v from 'valibot';
import type { MatchQuery } from '../../matching/types';

/** Most queries one `page.match` carries; a longer page is sent in several batches of this size. */
export const MAX_PAGE_QUERIES = 2000;

/** Longest kept value per clue: names are cut at 300 by the scanners, URLs rarely exceed 2 KB. */
const MAX_LENGTH = { id: 64, name: 300, website: 2048, email: 320, ico: 40 } as const;

/** Trimmed and cut to `max`; blank text comes out as undefined. */
const cutText = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.transform((text) => text.slice(0, max) || undefined),
  );

/** A clue: text cut to `max`; anything else (a number, blank text) is no clue rather than an error. */
const clue = (max: number) => v.fallback(v.optional(cutText(max)), undefined);

/** The clues without the empty ones, so the matcher sees only what the page said. */
function definedOnly<T extends object>(clues: T): T {
  return Object.fromEntries(Object.entries(clues).filter(([, value]) => value !== undefined)) as T;
}

const CompanyCluesSchema = v.pipe(
  v.object({
    name: clue(MAX_LENGTH.name),
    website: clue(MAX_LENGTH.website),
    email: clue(MAX_LENGTH.email),
    ico: clue(MAX_LENGTH.ico),
  }),
  v.transform(definedOnly),
  v.check((clues) => Object.keys(clues).length > 0, 'a company needs a clue'),
);

const PersonCluesSchema = v.pipe(
  v.object({
    name: clue(MAX_LENGTH.name),
    email: clue(MAX_LENGTH.email),
    company: v.fallback(v.optional(CompanyCluesSchema), undefined),
  }),
  v.transform(definedOnly),
  v.check(
    (clues) => clues.name !== undefined || clues.email !== undefined,
    'a person needs a name or e-mail',
  ),
);

const queryId = v.pipe(cutText(MAX_LENGTH.id), v.string());

const MatchQuerySchema = v.variant('kind', [
  v.object({ id: queryId, kind: v.literal('company'), clues: CompanyCluesSchema }),
  v.object({ id: queryId, kind: v.literal('person'), clues: PersonCluesSchema }),
]);

/** The first query of each id; unusable ones (null) are gone. */
function distinctQueries(queries: Array<MatchQuery | null>): MatchQuery[] {
  const seen = new Set<string>();
  const kept: MatchQuery[] = [];
  for (const query of queries) {
    if (!query || seen.has(query.id)) continue;
    seen.add(query.id);
    kept.push(query);
  }
  return kept;
}

/** At most MAX_PAGE_QUERIES, counted before any query is looked at. */
export const MatchQueriesSchema = v.pipe(
  v.array(v.unknown()),
  v.maxLength(MAX_PAGE_QUERIES, `at most ${MAX_PAGE_QUERIES} queries per message`),
  v.array(v.fallback(v.nullable(MatchQuerySchema), null)),
  v.transform(distinctQueries),
);
