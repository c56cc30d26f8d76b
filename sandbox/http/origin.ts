/**
 * The origin URLs in responses are built from. DRF builds absolute links from the request's Host,
 * so a client that reached the sandbox as localhost gets localhost links back. A Host header that
 * is not a plain host[:port] is ignored rather than echoed into JSON.
 */
import type { IncomingMessage } from 'node:http';

const HOST_PATTERN = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;

export function requestOrigin(req: IncomingMessage, fallback: string): string {
  const host = req.headers.host;
  if (!host || !HOST_PATTERN.test(host)) return fallback;
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = forwarded === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

/** URL host part for a bind address: IPv6 literals need brackets, wildcards are not reachable. */
export function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
