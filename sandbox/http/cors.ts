/**
 * CORS. The extension's background fetches need none (host permissions), but a demo page or a
 * content script calling the sandbox directly does, so every response allows any origin. There are
 * no cookies, so `*` is safe.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function applyCors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  // Clients must be able to read these to honour throttling and auth challenges.
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After, WWW-Authenticate, Allow');
}

export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  const requested = req.headers['access-control-request-headers'];
  res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, DELETE, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', requested ?? 'Authorization, Content-Type');
  res.setHeader('Access-Control-Max-Age', '600');
  res.setHeader('Allow', 'GET, HEAD, POST, DELETE, OPTIONS');
  res.setHeader('Content-Length', '0');
  res.statusCode = 204;
  res.end();
}
