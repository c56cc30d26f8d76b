/**
 * Walking a cursor-paginated list. `next` links are opaque and followed exactly as given; the walk
 * stops at `maxPages`, on cancellation, and refuses links that repeat (a server loop would otherwise
 * spin forever) or leave the API's origin (the next request would carry the token there).
 */
import { LeadyError } from '../../shared/api/errors';
import { sameOriginLink } from './links';
import type { Page } from './schemas/page';

export interface PaginateOptions {
  /** Stop after this many pages (the first included). Default: no limit. */
  maxPages?: number;
  /** Cancels the walk; the iterator then throws LeadyError `aborted`. */
  signal?: AbortSignal;
  /** When given, every `next` link must be on this URL's origin, else LeadyError `malformed`. */
  baseUrl?: string;
  /** Endpoint name for errors. Default "pagination". */
  endpoint?: string;
}

/** Iterating a Paginator directly yields pages; `items()` flattens them. Each iteration starts afresh. */
export interface Paginator<T> extends AsyncIterable<Page<T>> {
  pages(): AsyncGenerator<Page<T>, void, undefined>;
  items(): AsyncGenerator<T, void, undefined>;
}

export function paginate<T>(
  firstPage: () => Promise<Page<T>>,
  nextPage: (url: string) => Promise<Page<T>>,
  options: PaginateOptions = {},
): Paginator<T> {
  const { maxPages = Number.POSITIVE_INFINITY, signal, baseUrl } = options;
  const endpoint = options.endpoint ?? 'pagination';

  const checkAborted = () => {
    if (signal?.aborted) {
      throw new LeadyError({ kind: 'aborted', endpoint, message: `${endpoint}: pagination cancelled` });
    }
  };

  async function* pages(): AsyncGenerator<Page<T>, void, undefined> {
    const followed = new Set<string>();
    let load = firstPage;
    let count = 0;
    while (count < maxPages) {
      checkAborted();
      const page = await load();
      checkAborted();
      count += 1;
      yield page;
      // A link we will not follow is not checked: the caller asked for no more pages.
      if (page.next === null || count >= maxPages) return;
      const url =
        baseUrl === undefined ? page.next : sameOriginLink(page.next, baseUrl, endpoint, 'next link');
      if (followed.has(url)) {
        throw new LeadyError({
          kind: 'malformed',
          endpoint,
          message: `${endpoint}: pagination loop: next link ${url} was already followed`,
        });
      }
      followed.add(url);
      load = () => nextPage(url);
    }
  }

  async function* items(): AsyncGenerator<T, void, undefined> {
    for await (const page of pages()) {
      for (const item of page.results) {
        checkAborted();
        yield item;
      }
    }
  }

  return { pages, items, [Symbol.asyncIterator]: pages };
}
