/**
 * Page size and next/previous links. Links are the request URL with only `cursor` replaced, with
 * parameters sorted like DRF's replace_query_param, so filters and page_size carry over.
 */
import { ApiError } from '../http/api-error';
import { type Cursor, decodeCursor, encodeCursor } from './cursor';

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

/** DRF's get_page_size: a strict positive int capped at the maximum; anything else → default. */
export function pageSizeFrom(query: URLSearchParams): number {
  const raw = query.get('page_size');
  if (raw === null || !/^\d+$/.test(raw)) return DEFAULT_PAGE_SIZE;
  const size = Number(raw);
  if (size <= 0) return DEFAULT_PAGE_SIZE;
  return Math.min(size, MAX_PAGE_SIZE);
}

export function cursorFrom(query: URLSearchParams, secret: string): Cursor | null {
  const raw = query.get('cursor');
  if (raw === null) return null;
  if (raw === '') throw new ApiError(404, { detail: 'Invalid cursor' });
  return decodeCursor(raw, secret);
}

export function pageLink(requestUrl: URL, target: Cursor | 'first' | null, secret: string): string | null {
  if (target === null) return null;
  const url = new URL(requestUrl.href);
  url.searchParams.delete('cursor');
  if (target !== 'first') url.searchParams.set('cursor', encodeCursor(target, secret));
  url.searchParams.sort();
  return url.href;
}
