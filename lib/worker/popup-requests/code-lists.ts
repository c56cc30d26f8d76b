import { LeadyError } from '../../shared/api/errors';
import type { CodeListItem } from '../api';
import type { Services } from '../services';

type CodeListKind = 'turnovers' | 'magnitudes';

/** Code lists hardly ever change; an hour keeps them across popup openings while the worker lives. */
const TTL_MS = 60 * 60 * 1000;

export interface CodeLists {
  /** The list for a country (when Leady knows that country), else the whole list; undefined on failure. */
  get(kind: CodeListKind, country: string | undefined): Promise<CodeListItem[] | undefined>;
}

/**
 * Turnover and employee-count bands, fetched only when a company's values need them (a code or a
 * number instead of a label), shared by concurrent requests, and kept in memory for a while.
 */
export function createCodeLists(services: Services): CodeLists {
  const memo = new Map<string, { at: number; list: Promise<CodeListItem[]> }>();

  async function fetchList(kind: CodeListKind, country: string | undefined): Promise<CodeListItem[]> {
    const client = await services.client();
    const options = { priority: 'interactive' as const, maxPages: 5 };
    const pages =
      kind === 'turnovers' ? client.turnovers(country, options) : client.magnitudes(country, options);
    const items: CodeListItem[] = [];
    for await (const item of pages.items()) items.push(item);
    return items;
  }

  function load(kind: CodeListKind, country: string | undefined): Promise<CodeListItem[]> {
    const key = `${kind} ${country ?? ''}`;
    const hit = memo.get(key);
    if (hit && services.now() - hit.at < TTL_MS) return hit.list;
    const list = fetchList(kind, country);
    memo.set(key, { at: services.now(), list });
    // A failure is not kept for the TTL (the next ask fetches again); the caller gets it from `list`.
    list.catch(() => memo.delete(key));
    return list;
  }

  return {
    async get(kind, rawCountry) {
      const country = rawCountry && /^[A-Za-z]{2}$/.test(rawCountry) ? rawCountry.toUpperCase() : undefined;
      try {
        return await load(kind, country);
      } catch (error) {
        // A country Leady does not filter by is refused with 400: the whole list still labels bands.
        if (country && error instanceof LeadyError && error.kind === 'validation') {
          // Without labels the detail still shows: not a failure worth recording.
          return load(kind, undefined).catch(() => undefined);
        }
        // Labels are a nicety: the detail is shown without them rather than failing.
        if (error instanceof LeadyError) return undefined;
        throw error;
      }
    },
  };
}
