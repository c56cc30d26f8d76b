import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS, toCacheQuery } from '../../lib/popup/filters';
import { pickResource } from '../../lib/popup/pick-resource';
import type { PopupApi } from '../../lib/popup/popup-api';
import { prefetching } from '../../lib/popup/prefetch';
import { DEFAULT_SETTINGS } from '../../lib/storage/items';

const NOW = Date.UTC(2026, 10, 27, 12);
const page = { rows: [], source: 'cache' as const, next: null, hasMore: false };

function baseApi(resourceDomain?: string, resources = [{ domain: 'a.cz' }, { domain: 'b.cz' }]) {
  return {
    settings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, resourceDomain })),
    resources: vi.fn(async () => resources),
    authStatus: vi.fn(async () => ({ state: 'signed-in' as const, apiBaseUrl: 'https://api.leady.com/v1/' })),
    cachedSessions: vi.fn(async () => page),
    timeZone: () => 'Europe/Prague',
  } as unknown as PopupApi &
    Record<'settings' | 'resources' | 'authStatus' | 'cachedSessions', ReturnType<typeof vi.fn>>;
}

describe('pickResource', () => {
  it('keeps the remembered website while it is tracked', () => {
    expect(pickResource([{ domain: 'a.cz' }, { domain: 'b.cz' }], 'b.cz')).toBe('b.cz');
    expect(pickResource([{ domain: 'a.cz' }], 'gone.cz')).toBe('a.cz');
    expect(pickResource([], 'a.cz')).toBeUndefined();
  });
});

describe('prefetching', () => {
  it('asks everything the first screen needs at once and answers the first questions with it', async () => {
    const api = baseApi('b.cz');
    const wrapped = prefetching(api, NOW);
    expect(api.settings).toHaveBeenCalledTimes(1);
    expect(api.authStatus).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(api.cachedSessions).toHaveBeenCalledTimes(1));
    expect(api.cachedSessions).toHaveBeenCalledWith({
      ...toCacheQuery(DEFAULT_FILTERS, NOW, 'Europe/Prague'),
      resource: 'b.cz',
      excludeCompanies: [],
    });

    await wrapped.settings();
    await wrapped.authStatus();
    expect(api.settings).toHaveBeenCalledTimes(1);
    expect(api.authStatus).toHaveBeenCalledTimes(1);
    // The list asks the same question a moment later: the answer in flight is used.
    const request = {
      ...toCacheQuery(DEFAULT_FILTERS, NOW + 800, 'Europe/Prague'),
      resource: 'b.cz',
      excludeCompanies: [],
    };
    expect(await wrapped.cachedSessions(request)).toBe(page);
    expect(api.cachedSessions).toHaveBeenCalledTimes(1);

    // Later questions go to the background again.
    await wrapped.settings();
    await wrapped.cachedSessions(request);
    expect(api.settings).toHaveBeenCalledTimes(2);
    expect(api.cachedSessions).toHaveBeenCalledTimes(2);
  });

  it('does not answer a different question with the prefetched page', async () => {
    const api = baseApi(undefined);
    const wrapped = prefetching(api, NOW);
    const request = {
      ...toCacheQuery({ ...DEFAULT_FILTERS, onlyIdentified: true }, NOW, 'UTC'),
      resource: 'a.cz',
    };
    await wrapped.cachedSessions(request);
    expect(api.cachedSessions).toHaveBeenCalledTimes(2);
    expect(api.cachedSessions).toHaveBeenLastCalledWith(request);
  });

  it('prefetches no list without a tracked website', async () => {
    const api = baseApi(undefined, []);
    prefetching(api, NOW);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(api.cachedSessions).not.toHaveBeenCalled();
  });
});
