/**
 * Opaque cursors, encoded like DRF's CursorPagination (base64 of a query string: p = position,
 * r = reverse) plus a short HMAC. DRF itself would accept many edited cursors; the signature makes
 * every tampered cursor fail with DRF's 404 "Invalid cursor", which is what a client must survive.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../http/api-error';

export interface Cursor {
  /** Sort key of the item the page is positioned against. */
  position: number;
  /** true: the page holds the items before `position` (a `previous` link). */
  reverse: boolean;
  /** true: the item at `position` itself belongs to the page. */
  inclusive: boolean;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex').slice(0, 16);
}

export function encodeCursor(cursor: Cursor, secret: string): string {
  const params = new URLSearchParams({ p: String(cursor.position) });
  if (cursor.reverse) params.set('r', '1');
  if (cursor.inclusive) params.set('i', '1');
  const payload = params.toString();
  params.set('s', sign(payload, secret));
  return Buffer.from(params.toString(), 'utf8').toString('base64');
}

function invalidCursor(): ApiError {
  return new ApiError(404, { detail: 'Invalid cursor' });
}

export function decodeCursor(encoded: string, secret: string): Cursor {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw invalidCursor();
  const text = Buffer.from(encoded, 'base64').toString('utf8');
  // Base64 decoding is lenient; re-encoding must give the same string or the input was altered.
  if (Buffer.from(text, 'utf8').toString('base64') !== encoded) throw invalidCursor();
  const params = new URLSearchParams(text);
  const signature = params.get('s') ?? '';
  params.delete('s');
  const expected = sign(params.toString(), secret);
  if (
    signature.length !== expected.length ||
    !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  ) {
    throw invalidCursor();
  }
  const position = params.get('p');
  if (position === null || !/^-?\d{1,15}$/.test(position)) throw invalidCursor();
  return { position: Number(position), reverse: params.get('r') === '1', inclusive: params.get('i') === '1' };
}
