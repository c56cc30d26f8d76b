// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../components/popup/App';
import type { LastView } from '../../lib/extension-pages/popup/last-view';
import { DEFAULT_SETTINGS } from '../../lib/shared/settings';
import { API_URL, deferred, fakeApi, leadyError, NOW, page, renderWith, row, SIGNED_IN } from './fake-api';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

const hostile = { id: 66, name: '<img src=x onerror=alert(1)>', website: 'javascript:alert(1)' };
const alfa = { id: 11, name: 'Alfa Stavby s.r.o.' };

function lastView(extra: Partial<LastView> = {}): LastView {
  return {
    auth: SIGNED_IN,
    settings: { locale: 'en', resourceDomain: 'web.cz' },
    resources: [{ domain: 'web.cz', name: 'Web' }],
    page: { ...page([row(1, hostile)], 'cache'), resource: 'web.cz' },
    ...extra,
  };
}

describe('the last view', () => {
  it('draws the last first screen in the first render, then the cache’s list replaces it', async () => {
    const cached = deferred<ReturnType<typeof page>>();
    const api = fakeApi({
      lastView: () => lastView(),
      cachedSessions: () => cached.promise,
      fetchSessions: () => new Promise(() => {}),
    });
    const onListShown = vi.fn();
    renderWith(api, <App onListShown={onListShown} />);

    // No await: the rows are there before any answer from the background.
    const list = screen.getByRole('list', { name: 'Recent visits' });
    expect(within(list).getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(list.querySelector('img')).toBeNull();
    expect(onListShown.mock.calls).toEqual([['last-view']]);
    // Nothing is started against Leady before the cache answered.
    expect(api.syncNow).not.toHaveBeenCalled();

    // While the cache is asked, the rows stay (no skeleton in between).
    await waitFor(() => expect(api.cachedSessions).toHaveBeenCalled());
    expect(screen.queryByRole('status', { name: 'Loading…' })).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();

    cached.resolve(page([row(2, alfa)], 'cache'));
    expect(await screen.findByText('Alfa Stavby s.r.o.')).toBeTruthy();
    expect(screen.queryByText('<img src=x onerror=alert(1)>')).toBeNull();
    expect(onListShown.mock.calls).toEqual([['last-view'], ['cache']]);
    await waitFor(() => expect(api.syncNow).toHaveBeenCalled());
  });

  it('gives way to the sign-in screen when the background says the account signed out', async () => {
    const api = fakeApi({
      lastView: () => lastView(),
      authStatus: async () => ({ state: 'signed-out', apiBaseUrl: API_URL }),
    });
    renderWith(api, <App />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByText('<img src=x onerror=alert(1)>')).toBeNull();
  });

  it('is not trusted when the background does not answer', async () => {
    const api = fakeApi({
      lastView: () => lastView(),
      authStatus: async () => {
        throw leadyError('network');
      },
    });
    renderWith(api, <App />);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByText('<img src=x onerror=alert(1)>')).toBeNull();
  });

  it('seeds only the list it was taken from', async () => {
    const cached = deferred<ReturnType<typeof page>>();
    const api = fakeApi({
      // Taken on another website than the one the popup shows now.
      lastView: () => lastView({ page: { ...page([row(1, hostile)], 'cache'), resource: 'shop.cz' } }),
      cachedSessions: () => cached.promise,
    });
    const onListShown = vi.fn();
    renderWith(api, <App onListShown={onListShown} />);
    expect(screen.queryByText('<img src=x onerror=alert(1)>')).toBeNull();
    expect(screen.getByRole('status', { name: 'Loading…' })).toBeTruthy();
    cached.resolve(page([row(2, alfa)], 'cache'));
    expect(await screen.findByText('Alfa Stavby s.r.o.')).toBeTruthy();
    expect(onListShown.mock.calls).toEqual([['cache']]);
  });

  it('is taken away when the cache cannot vouch for it', async () => {
    const api = fakeApi({
      lastView: () => lastView({ auth: { ...SIGNED_IN, state: 'expired' } }),
      authStatus: async () => ({ ...SIGNED_IN, state: 'expired' }),
      cachedSessions: async () => {
        throw leadyError('network');
      },
    });
    renderWith(api, <App />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('<img src=x onerror=alert(1)>')).toBeNull());
    expect(await screen.findByText('Nothing saved for this view yet.')).toBeTruthy();
  });

  it('gives way to the website the real settings name', async () => {
    const api = fakeApi({
      lastView: () => lastView({ resources: [{ domain: 'web.cz' }, { domain: 'shop.cz' }] }),
      settings: async () => ({ ...DEFAULT_SETTINGS, resourceDomain: 'shop.cz' }),
      resources: async () => [{ domain: 'web.cz' }, { domain: 'shop.cz' }],
      cachedSessions: async (request) =>
        request.resource === 'shop.cz'
          ? page([row(2, alfa, { resource: 'shop.cz' })], 'cache')
          : new Promise(() => {}),
      fetchSessions: () => new Promise(() => {}),
    });
    renderWith(api, <App />);
    expect(await screen.findByText('Alfa Stavby s.r.o.')).toBeTruthy();
    expect(screen.queryByText('<img src=x onerror=alert(1)>')).toBeNull();
    expect(api.cachedSessions).toHaveBeenCalledWith(expect.objectContaining({ resource: 'shop.cz' }));
  });

  it('draws only visits still inside the list’s period', async () => {
    const old = row(9, alfa, { lastAt: NOW - 8 * 86_400_000, firstAt: NOW - 8 * 86_400_000 - 60_000 });
    const api = fakeApi({
      lastView: () => lastView({ page: { ...page([row(1, hostile), old], 'cache'), resource: 'web.cz' } }),
      cachedSessions: () => new Promise(() => {}),
    });
    renderWith(api, <App />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.queryByText('Alfa Stavby s.r.o.')).toBeNull();
  });

  it('stays on screen when the account turns out expired, until the cache answers', async () => {
    const cached = deferred<ReturnType<typeof page>>();
    const api = fakeApi({
      lastView: () => lastView(),
      authStatus: async () => ({ ...SIGNED_IN, state: 'expired' }),
      cachedSessions: () => cached.promise,
    });
    renderWith(api, <App />);
    await screen.findByText(/sign-in has expired/i);
    // Asked again for the same list (now without refreshing from Leady): the rows stay meanwhile.
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.queryByRole('status', { name: 'Loading…' })).toBeNull();
    cached.resolve(page([row(2, alfa)], 'cache'));
    expect(await screen.findByText('Alfa Stavby s.r.o.')).toBeTruthy();
  });
});
