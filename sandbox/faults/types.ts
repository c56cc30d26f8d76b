/**
 * Fault injection: ways the live API (or a proxy in front of it) misbehaves, to be switched on for
 * tests and demos. A fault applies to requests under /v1/ that match its `path`, `scope` and
 * `method` (all optional), for the next `times` matching requests or until cleared.
 */
import type { Scope } from '../api/scopes';

export const FAULT_KINDS = [
  /** Delay the response by `ms` (combines with any other fault). */
  'latency',
  /** A proxy error page: status (default 502) with an HTML body. */
  'html-5xx',
  /** A 5xx (default 503) with an empty body. */
  'empty-5xx',
  /** The real status and headers, but the JSON body cut off halfway. */
  'malformed-json',
  /** Valid JSON of the wrong shape, see WRONG_SHAPES. */
  'wrong-shape',
  /** A 429 storm: every matching request gets 429 with Retry-After `retryAfter` (default 30). */
  'throttle',
  /** The socket is destroyed without any response. */
  'drop',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const WRONG_SHAPES = [
  /** `results` (or a bare array) becomes an object keyed by index; a single object becomes [object]. */
  'results-object',
  /** Every field of each record changes type: numbers ↔ strings, arrays → strings, … */
  'wrong-types',
  /** The body is JSON `null`. */
  'null',
  /** The body is `{}`. */
  'empty-object',
] as const;
export type WrongShape = (typeof WRONG_SHAPES)[number];

export interface FaultSpec {
  kind: FaultKind;
  /**
   * Glob over the path after /v1/ ("resources/*\/sessions/", "sessions/**"); `*` stays within one
   * segment, `**` crosses segments. A pattern starting with "/" is matched against the full path.
   */
  path?: string;
  scope?: Scope;
  /** HTTP method, e.g. "GET". */
  method?: string;
  /** Apply to the next N matching requests only; omitted = until cleared. */
  times?: number;
  /** latency: delay in ms (default 1000). */
  ms?: number;
  /** html-5xx / empty-5xx: status code 500–599. */
  status?: number;
  /** throttle: Retry-After seconds (default 30). */
  retryAfter?: number;
  /** wrong-shape: which distortion (default results-object for lists, wrong-types otherwise). */
  shape?: WrongShape;
}

export interface ActiveFault extends FaultSpec {
  id: number;
  /** Uses left; null = unlimited. */
  remaining: number | null;
  /** How many requests it has affected so far. */
  hits: number;
}
