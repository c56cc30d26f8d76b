/**
 * Turning a response body into typed data. A body that does not fit at all is a `malformed` error
 * naming the endpoint and the first problem; a list keeps its valid items and counts the rest.
 */
import * as v from 'valibot';
import { LeadyError } from '../../../shared/api/errors';

/** One page of a cursor-paginated list. `dropped` counts items left out because they were unusable. */
export interface Page<T> {
  /** Absolute URL of the next page exactly as the API gave it, or null on the last page. */
  next: string | null;
  previous: string | null;
  results: T[];
  dropped: number;
}

type AnySchema = v.GenericSchema<unknown, unknown>;

// A missing or empty link means "no such page"; a link of any other type breaks the envelope.
const link = v.pipe(
  v.optional(v.nullable(v.string()), null),
  v.transform((url) => (url === null || url.trim() === '' ? null : url)),
);

const EnvelopeSchema = v.object({
  next: link,
  previous: link,
  results: v.array(v.unknown()),
});

function malformed(endpoint: string, problem: string): LeadyError {
  return new LeadyError({
    kind: 'malformed',
    endpoint,
    message: `${endpoint}: response does not match the API contract: ${problem}`,
  });
}

/** One record, e.g. a company's details. */
export function parseOne<S extends AnySchema>(schema: S, data: unknown, endpoint: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (!result.success) throw malformed(endpoint, describeIssue(result.issues[0]));
  return result.output;
}

/** A `{next, previous, results}` page. */
export function parsePage<S extends AnySchema>(
  schema: S,
  data: unknown,
  endpoint: string,
): Page<v.InferOutput<S>> {
  // valibot would accept an array as an object and only miss its keys; say what it is instead.
  if (Array.isArray(data))
    throw malformed(endpoint, '(root): expected a page {next, previous, results} (got array)');
  const envelope = v.safeParse(EnvelopeSchema, data);
  if (!envelope.success) throw malformed(endpoint, describeIssue(envelope.issues[0]));
  const { next, previous, results } = envelope.output;
  return { next, previous, ...parseItems(schema, results, endpoint) };
}

/** Small code lists may come back as a bare array instead of a page (DRF without pagination). */
export function parsePageOrArray<S extends AnySchema>(
  schema: S,
  data: unknown,
  endpoint: string,
): Page<v.InferOutput<S>> {
  if (Array.isArray(data)) return { next: null, previous: null, ...parseItems(schema, data, endpoint) };
  return parsePage(schema, data, endpoint);
}

function parseItems<S extends AnySchema>(
  schema: S,
  items: unknown[],
  endpoint: string,
): { results: v.InferOutput<S>[]; dropped: number } {
  const results: v.InferOutput<S>[] = [];
  let firstProblem: string | undefined;
  items.forEach((item, index) => {
    const parsed = v.safeParse(schema, item);
    if (parsed.success) results.push(parsed.output);
    else firstProblem ??= `results.${index}${prefixPath(describeIssue(parsed.issues[0]))}`;
  });
  // One broken record among good ones is the record's problem; nothing usable at all means the
  // response has a shape we do not understand, which must be reported rather than shown as empty.
  if (results.length === 0 && firstProblem !== undefined) {
    throw malformed(endpoint, `no usable item in results (first: ${firstProblem})`);
  }
  return { results, dropped: items.length - results.length };
}

function prefixPath(problem: string): string {
  return problem.startsWith('(root)') ? problem.slice('(root)'.length) : `.${problem}`;
}

/**
 * "path: message (got type)". valibot's own "but received …" names the received value; that could
 * be personal data or a credential, so only its type is kept.
 */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue) ?? '(root)';
  const message = issue.message.replace(/\s+but received[\s\S]*$/, '');
  return `${path}: ${message} (got ${typeName(issue.input)})`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
