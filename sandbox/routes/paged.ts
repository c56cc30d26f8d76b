/** Builds a DRF cursor-paginated response ({next, previous, results}) from a full ordered list. */
import type { ApiContext } from '../api/context';
import type { ApiResponse } from '../http/respond';
import { cursorFrom, pageLink, pageSizeFrom } from '../pagination/links';
import { type Order, paginate } from '../pagination/paginate';

export function pagedResponse<T>(
  ctx: ApiContext,
  items: readonly T[],
  keyOf: (item: T) => number,
  order: Order,
  render: (item: T) => unknown,
): ApiResponse {
  const secret = ctx.app.cursorSecret;
  const page = paginate(items, keyOf, order, cursorFrom(ctx.query, secret), pageSizeFrom(ctx.query));
  return {
    status: 200,
    body: {
      next: pageLink(ctx.url, page.next, secret),
      previous: pageLink(ctx.url, page.previous, secret),
      results: page.results.map(render),
    },
  };
}
