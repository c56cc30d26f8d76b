/** Shared helpers for the sandbox tests: a fixed clock, authed fetches, page walking. */
import { type SandboxOptions, type SandboxServer, startSandbox } from '../../sandbox/server';
import { FIXED_NOW } from '../clock';

/** Data is generated relative to this instant (see test/clock.ts), so every run sees the same sessions. */
export { FIXED_NOW };

export function start(options: SandboxOptions = {}): Promise<SandboxServer> {
  return startSandbox({ now: FIXED_NOW, onError: () => {}, ...options });
}

export interface JsonResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export type Json = Record<string, unknown>;

export interface Page {
  next: string | null;
  previous: string | null;
  results: Json[];
}

/** GET (or other method) with `Authorization: Token …`, parsing a JSON body when there is one. */
export async function call<T = Json>(
  url: string,
  token: string | null,
  init: { method?: string; body?: unknown } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Token ${token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text === '' ? null : JSON.parse(text)) as T };
}

/** Follows `next` links from `url` to the end and returns every result, in order. */
export async function allPages(url: string, token: string): Promise<{ results: Json[]; pages: number }> {
  const results: Json[] = [];
  let next: string | null = url;
  let pages = 0;
  while (next) {
    const res: JsonResponse<Page> = await call<Page>(next, token);
    if (res.status !== 200) throw new Error(`GET ${next} → ${res.status} ${JSON.stringify(res.body)}`);
    results.push(...res.body.results);
    next = res.body.next;
    pages++;
  }
  return { results, pages };
}

/** Row of a session in the seed's SessionTable, to check API answers against the data. */
export function rowOf(sandbox: SandboxServer, sessionId: unknown): number {
  return Number(sessionId) - sandbox.data.sessions.firstId;
}
