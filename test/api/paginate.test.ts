import { describe, expect, it, vi } from 'vitest';
import { isLeadyError, type LeadyError } from '../../lib/shared/api/errors';
import { paginate } from '../../lib/worker/api/paginate';
import type { Page } from '../../lib/worker/api/schemas';

const BASE = 'https://api.leady.com/v1/';

function page<T>(results: T[], next: string | null = null): Page<T> {
  return { next, previous: null, results, dropped: 0 };
}

/** A server holding pages by URL; `first` is what the first request returns. */
function server<T>(first: Page<T>, byUrl: Record<string, Page<T>>) {
  const firstPage = vi.fn(async () => first);
  const nextPage = vi.fn(async (url: string) => {
    const found = byUrl[url];
    if (!found) throw new Error(`no page at ${url}`);
    return found;
  });
  return { firstPage, nextPage };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

async function failure(promise: Promise<unknown>): Promise<LeadyError> {
  try {
    await promise;
  } catch (error) {
    if (isLeadyError(error)) return error;
    throw error;
  }
  throw new Error('expected failure');
}

// Opaque cursors with characters URL normalisation would re-encode: they must be followed verbatim.
const P2 = `${BASE}resources/acme.cz/sessions/?cursor=cD0yMDI2LTExLTI3KzEwJTNBMDA%3D&period_start=2026-11-01 00:00:00`;
const P3 = `${BASE}resources/acme.cz/sessions/?cursor=bz0xJnI9MQ==|ä&x=%zz`;

describe('paginate', () => {
  it('follows next links exactly as given and yields pages, then items', async () => {
    const { firstPage, nextPage } = server(page([1, 2], P2), { [P2]: page([3], P3), [P3]: page([4, 5]) });
    const paginator = paginate(firstPage, nextPage, { baseUrl: BASE });
    const pages = await collect(paginator.pages());
    expect(pages.map((p) => p.results)).toEqual([[1, 2], [3], [4, 5]]);
    expect(nextPage.mock.calls.map(([url]) => url)).toEqual([P2, P3]);
    expect(await collect(paginator.items())).toEqual([1, 2, 3, 4, 5]);
    // Iterating the paginator itself yields pages; each iteration starts from the first page.
    expect((await collect(paginator)).length).toBe(3);
    expect(firstPage).toHaveBeenCalledTimes(3);
  });

  it('stops at maxPages without fetching or checking further', async () => {
    const { firstPage, nextPage } = server(page([1], P2), { [P2]: page([2], 'https://evil.example/next') });
    const paginator = paginate(firstPage, nextPage, { baseUrl: BASE, maxPages: 2 });
    expect(await collect(paginator.items())).toEqual([1, 2]);
    expect(nextPage).toHaveBeenCalledTimes(1);
    expect(await collect(paginate(firstPage, nextPage, { maxPages: 0 }))).toEqual([]);
  });

  it('stops with aborted when the signal fires between pages', async () => {
    const controller = new AbortController();
    const { firstPage, nextPage } = server(page([1, 2], P2), { [P2]: page([3]) });
    const seen: number[] = [];
    const error = await failure(
      (async () => {
        for await (const item of paginate(firstPage, nextPage, {
          signal: controller.signal,
          endpoint: 'sessions.list',
        }).items()) {
          seen.push(item);
          controller.abort();
        }
      })(),
    );
    expect(error.kind).toBe('aborted');
    expect(error.endpoint).toBe('sessions.list');
    expect(seen).toEqual([1]);
    expect(nextPage).not.toHaveBeenCalled();
  });

  it('does not start when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { firstPage, nextPage } = server(page([1]), {});
    expect((await failure(collect(paginate(firstPage, nextPage, { signal: controller.signal })))).kind).toBe(
      'aborted',
    );
    expect(firstPage).not.toHaveBeenCalled();
  });

  it('detects a next link that repeats and stops with malformed', async () => {
    const { firstPage, nextPage } = server(page([1], P2), { [P2]: page([2], P3), [P3]: page([3], P2) });
    const pages: Page<number>[] = [];
    const error = await failure(
      (async () => {
        for await (const p of paginate(firstPage, nextPage, { baseUrl: BASE, endpoint: 'sessions.list' }))
          pages.push(p);
      })(),
    );
    expect(error.kind).toBe('malformed');
    expect(error.message).toMatch(/loop/);
    expect(pages).toHaveLength(3);
    expect(nextPage).toHaveBeenCalledTimes(2);
  });

  it('detects a page that names itself as next', async () => {
    const { firstPage, nextPage } = server(page([1], P2), { [P2]: page([2], P2) });
    expect((await failure(collect(paginate(firstPage, nextPage)))).kind).toBe('malformed');
    expect(nextPage).toHaveBeenCalledTimes(1);
  });

  it.each([
    'https://evil.example/v1/sessions/?cursor=x',
    'http://api.leady.com/v1/sessions/?cursor=x',
    'https://api.leady.com:8443/v1/sessions/?cursor=x',
    '//evil.example/v1/',
    'javascript:alert(1)',
    'https://user:pw@api.leady.com/v1/?cursor=x',
  ])('refuses a next link off the API origin: %s', async (next) => {
    const { firstPage, nextPage } = server(page([1], next), {});
    const error = await failure(
      collect(paginate(firstPage, nextPage, { baseUrl: BASE, endpoint: 'sessions.list' })),
    );
    expect(error.kind).toBe('malformed');
    expect(error.endpoint).toBe('sessions.list');
    expect(nextPage).not.toHaveBeenCalled();
  });

  it('resolves a relative next link against the API', async () => {
    const { firstPage, nextPage } = server(page([1], '/v1/sessions/?cursor=abc'), {
      [`${BASE}sessions/?cursor=abc`]: page([2]),
    });
    expect(await collect(paginate(firstPage, nextPage, { baseUrl: BASE }).items())).toEqual([1, 2]);
  });

  it('passes errors from fetching a page through unchanged', async () => {
    const { firstPage } = server(page([1], P2), {});
    const boom = new Error('boom');
    const nextPage = vi.fn(async () => {
      throw boom;
    });
    await expect(collect(paginate(firstPage, nextPage))).rejects.toBe(boom);
  });
});
