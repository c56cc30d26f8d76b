/**
 * How a distorting fault rewrites a real response: malformed JSON keeps the status and cuts the body
 * off halfway (with a matching Content-Length, so only the JSON parser notices); wrong shapes are
 * valid JSON that a validating client must reject.
 */
import type { ApiResponse } from '../http/respond';
import type { ActiveFault, WrongShape } from './types';

export interface RawResponse {
  status: number;
  headers: Readonly<Record<string, string>>;
  contentType: string | null;
  body: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function indexed(list: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(list.map((item, index) => [String(index), item]));
}

/** Turns every field into another type, keeping the record's keys so the error is subtle. */
function flipValue(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.length;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (isRecord(value)) return JSON.stringify(value);
  return value;
}

function flipRecord(record: unknown): unknown {
  if (!isRecord(record)) return flipValue(record);
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, flipValue(value)]));
}

function wrongTypes(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(flipRecord);
  if (isRecord(body) && Array.isArray(body.results))
    return { ...body, results: body.results.map(flipRecord) };
  return flipRecord(body);
}

function resultsObject(body: unknown): unknown {
  if (Array.isArray(body)) return indexed(body);
  if (isRecord(body) && Array.isArray(body.results)) return { ...body, results: indexed(body.results) };
  return [body];
}

function defaultShape(body: unknown): WrongShape {
  return Array.isArray(body) || (isRecord(body) && Array.isArray(body.results))
    ? 'results-object'
    : 'wrong-types';
}

function reshape(body: unknown, shape: WrongShape): unknown {
  switch (shape) {
    case 'results-object':
      return resultsObject(body);
    case 'wrong-types':
      return wrongTypes(body);
    case 'null':
      return null;
    case 'empty-object':
      return {};
  }
}

export function distort(response: ApiResponse, fault: ActiveFault): RawResponse {
  const headers = response.headers ?? {};
  // An empty body (204) has nothing to break; an empty-but-200 JSON body still fails to parse.
  const body = response.body === undefined ? null : response.body;
  if (fault.kind === 'malformed-json') {
    const json = JSON.stringify(body);
    const cut = json.slice(0, Math.max(1, Math.floor(json.length / 2)));
    return {
      status: response.status === 204 ? 200 : response.status,
      headers,
      contentType: 'application/json',
      body: cut,
    };
  }
  const shaped = reshape(body, fault.shape ?? defaultShape(body));
  return {
    status: response.status === 204 ? 200 : response.status,
    headers,
    contentType: 'application/json',
    body: JSON.stringify(shaped),
  };
}
