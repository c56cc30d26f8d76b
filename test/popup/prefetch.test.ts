import { describe, expect, it, vi } from 'vitest';
import type { PopupApi } from '../../lib/extension-pages/popup/popup-api';
import { prefetching } from '../../lib/extension-pages/popup/prefetch';
import { DEFAULT_FILTERS, toCacheQuery } from '../../lib/shared/popup/filters';
import { pickResource } from '../../lib/shared/popup/pick-resource';
import { DEFAULT_SETTINGS } from '../../lib/shared/settings';

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
    api.cachedSessions.mockResolvedValue({ ...page, resource: 'b.cz' });
    const wrapped = prefetching(api, NOW);
    expect(api.settings).toHaveBeenCalledTimes(1);
    expect(api.authStatus).toHaveBeenCalledTimes(1);
    // Sent at once, without waiting for the settings: the background picks the website.
    expect(api.cachedSessions).toHaveBeenCalledWith({
      ...toCacheQuery(DEFAULT_FILTERS, NOW, 'Europe/Prague'),
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
    expect(await wrapped.cachedSessions(request)).toMatchObject({ resource: 'b.cz' });
    expect(api.cachedSessions).toHaveBeenCalledTimes(1);

    // Later questions go to the background again.
    await wrapped.settings();
    await wrapped.cachedSessions(request);
    expect(api.settings).toHaveBeenCalledTimes(2);
    expect(api.cachedSessions).toHaveBeenCalledTimes(2);
  });

  it('asks again for another website or another question', async () => {
    const api = baseApi('a.cz');
    api.cachedSessions.mockResolvedValue({ ...page, resource: 'a.cz' });
    const wrapped = prefetching(api, NOW);
    const other = {
      ...toCacheQuery(DEFAULT_FILTERS, NOW, 'Europe/Prague'),
      resource: 'b.cz',
      excludeCompanies: [],
    };
    await wrapped.cachedSessions(other);
    expect(api.cachedSessions).toHaveBeenCalledTimes(2);
    expect(api.cachedSessions).toHaveBeenLastCalledWith(other);

    const second = baseApi('a.cz');
    second.cachedSessions.mockResolvedValue({ ...page, resource: 'a.cz' });
    const identified = {
      ...toCacheQuery({ ...DEFAULT_FILTERS, onlyIdentified: true }, NOW, 'UTC'),
      resource: 'a.cz',
    };
    await prefetching(second, NOW).cachedSessions(identified);
    expect(second.cachedSessions).toHaveBeenCalledTimes(2);
    expect(second.cachedSessions).toHaveBeenLastCalledWith(identified);
  });
});
