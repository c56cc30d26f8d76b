/**
 * Writing responses. JSON is rendered like DRF's JSONRenderer with compact separators and
 * non-ASCII characters left as UTF-8 (ensure_ascii=False), so payload sizes resemble the live API.
 */
import type { ServerResponse } from 'node:http';

/** What a route handler produces; faults may rewrite it before it is written. */
export interface ApiResponse {
  status: number;
  /** undefined = no body (204, DELETE). */
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
}

function writeHead(res: ServerResponse, status: number, headers: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.statusCode = status;
}

/** Writes a raw body with an exact Content-Length (truncated JSON must still arrive "complete"). */
export function sendRaw(
  res: ServerResponse,
  status: number,
  contentType: string | null,
  body: string | Buffer,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.writableEnded || res.destroyed) return;
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  writeHead(res, status, headers);
  if (contentType) res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', String(bytes.length));
  res.end(bytes);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendRaw(res, status, 'application/json', JSON.stringify(body), headers);
}

export function sendEmpty(
  res: ServerResponse,
  status: number,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.writableEnded || res.destroyed) return;
  writeHead(res, status, headers);
  res.setHeader('Content-Length', '0');
  res.end();
}

export function sendApiResponse(res: ServerResponse, response: ApiResponse): void {
  if (response.body === undefined) sendEmpty(res, response.status, response.headers);
  else sendJson(res, response.status, response.body, response.headers);
}

export function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendRaw(res, status, 'text/html; charset=utf-8', html, headers);
}

export function redirect(res: ServerResponse, status: 301 | 302, location: string): void {
  sendEmpty(res, status, { Location: location });
}
