// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../components/popup/App';
import { DEFAULT_SETTINGS } from '../../lib/shared/settings';
import { API_URL, deferred, fakeApi, leadyError, NOW, page, renderWith, row } from './fake-api';

const DAY = 86_400_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

const alfa = { id: 11, name: 'Alfa Stavby s.r.o.', website: 'https://alfa.cz' };
const beta = { id: 12, name: 'Beta a.s.' };

async function list() {
  return screen.findByRole('list', { name: 'Recent visits' });
}

describe('recent visits', () => {
  it('shows the cached visits at once, then Leady’s fresh ones', async () => {
    const fresh = deferred<ReturnType<typeof page>>();
    const api = fakeApi({
      cachedSessions: async () => page([row(1, alfa)], 'cache'),
      fetchSessions: () => fresh.promise,
    });
    const onListShown = vi.fn();
    renderWith(api, <App onListShown={onListShown} />);

    expect(within(await list()).getByText('Alfa Stavby s.r.o.')).toBeTruthy();
    expect(screen.getByText('Updating…')).toBeTruthy();
    expect(onListShown.mock.calls).toEqual([['cache']]);

    fresh.resolve(page([row(1, alfa), row(2, beta)], 'api', { updatedAt: NOW }));
    expect(await screen.findByText('Beta a.s.')).toBeTruthy();
    expect(screen.getByText('Updated this minute')).toBeTruthy();
    expect(api.cachedSessions).toHaveBeenCalledWith({
      resource: 'web.cz',
      since: NOW - 7 * DAY,
      onlyIdentified: false,
      excludeCompanies: [],
    });
    expect(api.fetchSessions).toHaveBeenCalledWith({
      resource: 'web.cz',
      query: { period_start: NOW - 7 * DAY },
      onlyIdentified: false,
    });
    expect(api.syncNow).toHaveBeenCalled();
    expect(api.acknowledgeNewCompanies).toHaveBeenCalled();
  });

  it('shows who, when, how long, how many pages and where from', async () => {
    const api = fakeApi({
      fetchSessions: async () =>
        page(
          [
            row(1, null, { searchQuery: 'lisování plechu', seconds: 200, pages: 1 }),
            row(2, alfa, { seconds: 45, pages: 5, referrer: undefined }),
          ],
          'api',
        ),
    });
    renderWith(api, <App />);
    const items = within(await list()).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Unidentified visitor');
    expect(items[0]?.textContent).toContain('10 min. ago');
    expect(items[0]?.textContent).toContain('3 min 20 s · 1 page · from google.com · “lisování plechu”');
    expect(items[1]?.textContent).toContain('45 s · 5 pages');
    const time = items[0]?.querySelector('time');
    expect(time?.getAttribute('title')).toBe('Friday, November 27, 2026 at 1:50:00 PM GMT+1 (Europe/Prague)');
    expect(time?.getAttribute('dateTime')).toBe(new Date(NOW - 600_000).toISOString());
  });

  it('follows the API’s cursor for Load more', async () => {
    const next = `${API_URL}resources/web.cz/sessions/?cursor=cD0yMDI2`;
    const api = fakeApi({
      fetchSessions: async () => page([row(1, alfa)], 'api', { next, hasMore: true }),
      moreSessions: async () => page([row(2, beta)], 'api'),
    });
    renderWith(api, <App />);
    await list();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Beta a.s.')).toBeTruthy();
    expect(api.moreSessions).toHaveBeenCalledWith({ resource: 'web.cz', next, onlyIdentified: false });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('sends the filters; a saved filter skips the cache', async () => {
    const api = fakeApi({
      fetchSessions: async () => page([row(1, alfa)], 'api'),
      savedFilters: async () => [{ id: 412, name: 'Zájem o ceník' }],
    });
    renderWith(api, <App />);
    await list();
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '30d' } });
    await waitFor(() =>
      expect(api.fetchSessions).toHaveBeenLastCalledWith({
        resource: 'web.cz',
        query: { period_start: NOW - 30 * DAY },
        onlyIdentified: false,
      }),
    );
    fireEvent.change(screen.getByLabelText('Min. pages'), { target: { value: '3' } });
    fireEvent.click(screen.getByLabelText('Identified companies only'));
    await waitFor(() =>
      expect(api.cachedSessions).toHaveBeenLastCalledWith(
        expect.objectContaining({ minPages: 3, onlyIdentified: true }),
      ),
    );
    const cachedCalls = api.cachedSessions.mock.calls.length;
    fireEvent.change(await screen.findByLabelText('Saved filter'), { target: { value: '412' } });
    await waitFor(() =>
      expect(api.fetchSessions).toHaveBeenLastCalledWith({
        resource: 'web.cz',
        query: { period_start: NOW - 30 * DAY, saved_filter_id: 412, action_count_min: 3 },
        onlyIdentified: true,
      }),
    );
    expect(api.cachedSessions).toHaveBeenCalledTimes(cachedCalls);
  });

  it('says there were no visits, and what to try', async () => {
    renderWith(fakeApi(), <App />);
    expect(await screen.findByText('No visits in this period.')).toBeTruthy();
    expect(screen.getByText('Try a longer period or fewer filters.')).toBeTruthy();
  });

  it('keeps the saved visits when offline and says so', async () => {
    const api = fakeApi({
      online: () => false,
      cachedSessions: async () => page([row(1, alfa)], 'cache', { updatedAt: NOW - 2 * 3_600_000 }),
      fetchSessions: async () => {
        throw leadyError('network');
      },
    });
    renderWith(api, <App />);
    expect(await screen.findByText('Offline · saved data, last updated 2 hours ago')).toBeTruthy();
    expect(within(await list()).getByText('Alfa Stavby s.r.o.')).toBeTruthy();
  });

  it('shows the error with a retry when there is nothing saved', async () => {
    const api = fakeApi({
      fetchSessions: vi
        .fn()
        .mockRejectedValueOnce(leadyError('server', { status: 503 }))
        .mockResolvedValue(page([row(1, alfa)], 'api')),
    });
    renderWith(api, <App />);
    const error = await screen.findByText(/error 503/, { selector: '.error-note' });
    fireEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Alfa Stavby s.r.o.')).toBeTruthy();
  });

  it('hides blacklisted companies', async () => {
    const api = fakeApi({
      blacklistIds: async () => [alfa.id],
      fetchSessions: async () => page([row(1, alfa), row(2, beta)], 'api'),
    });
    renderWith(api, <App />);
    await screen.findByText('Beta a.s.');
    await waitFor(() => expect(screen.queryByText('Alfa Stavby s.r.o.')).toBeNull());
  });

  it('offers a picker when there are several websites, and remembers the choice', async () => {
    const api = fakeApi({
      settings: async () => ({ ...DEFAULT_SETTINGS, resourceDomain: 'b.cz' }),
      resources: async () => [{ domain: 'a.cz', name: 'Áčko' }, { domain: 'b.cz' }],
      savedFilters: async () => [{ id: 415, name: 'Dlouhé návštěvy' }],
    });
    renderWith(api, <App />);
    const picker = (await screen.findByLabelText('Website')) as HTMLSelectElement;
    expect(picker.value).toBe('b.cz');
    await waitFor(() =>
      expect(api.fetchSessions).toHaveBeenCalledWith(expect.objectContaining({ resource: 'b.cz' })),
    );
    // A saved filter belongs to its website: switching websites drops it.
    fireEvent.change(await screen.findByLabelText('Saved filter'), { target: { value: '415' } });
    await waitFor(() =>
      expect(api.fetchSessions).toHaveBeenLastCalledWith(
        expect.objectContaining({
          resource: 'b.cz',
          query: expect.objectContaining({ saved_filter_id: 415 }),
        }),
      ),
    );
    fireEvent.change(picker, { target: { value: 'a.cz' } });
    await waitFor(() =>
      expect(api.fetchSessions).toHaveBeenLastCalledWith({
        resource: 'a.cz',
        query: { period_start: NOW - 7 * DAY },
        onlyIdentified: false,
      }),
    );
    expect(api.fetchSessions).not.toHaveBeenCalledWith(
      expect.objectContaining({ resource: 'a.cz', query: expect.objectContaining({ saved_filter_id: 415 }) }),
    );
    expect(api.rememberResource).toHaveBeenCalledWith('a.cz');
  });
});

describe('account states', () => {
  it('signed out: the sign-in form, nothing else', async () => {
    const api = fakeApi({ authStatus: async () => ({ state: 'signed-out', apiBaseUrl: API_URL }) });
    renderWith(api, <App />);
    expect(await screen.findByRole('heading', { name: 'Sign in to Leady' })).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(api.cachedSessions).not.toHaveBeenCalled();
    expect(api.syncNow).not.toHaveBeenCalled();
  });

  it('expired: says so, shows the saved data as not refreshed, offers signing in again', async () => {
    const api = fakeApi({
      authStatus: async () => ({ state: 'expired', email: 'obchod@firma.cz', apiBaseUrl: API_URL }),
      cachedSessions: async () => page([row(1, alfa)], 'cache', { updatedAt: NOW - 3 * DAY }),
    });
    renderWith(api, <App />);
    expect(await screen.findByText('Your Leady sign-in has expired')).toBeTruthy();
    expect(within(await list()).getByText('Alfa Stavby s.r.o.')).toBeTruthy();
    expect(screen.getByText('Not refreshed · saved data, last updated 3 days ago')).toBeTruthy();
    expect(api.fetchSessions).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect((screen.getByLabelText('E-mail') as HTMLInputElement).value).toBe('obchod@firma.cz');
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'nove-heslo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByText('Your Leady sign-in has expired')).toBeNull());
    await waitFor(() => expect(api.fetchSessions).toHaveBeenCalled());
  });

  it('follows an expiry announced while open', async () => {
    const api = fakeApi({ fetchSessions: async () => page([row(1, alfa)], 'api') });
    renderWith(api, <App />);
    await list();
    api.emit({ event: 'auth.changed', status: { state: 'expired', apiBaseUrl: API_URL } });
    expect(await screen.findByText('Your Leady sign-in has expired')).toBeTruthy();
  });

  it('no tracked website yet: syncs at once, shows it, then explains', async () => {
    const api = fakeApi({ resources: async () => [] });
    renderWith(api, <App />);
    await waitFor(() => expect(api.syncNow).toHaveBeenCalled());
    expect(await screen.findByRole('status', { name: 'Loading…' })).toBeTruthy();
    api.emit({ event: 'sync.changed', running: false, lastSuccessAt: NOW });
    expect(await screen.findByText('No tracked websites yet.')).toBeTruthy();
  });

  it('signs out and resets the token behind a warning', async () => {
    const api = fakeApi();
    renderWith(api, <App />);
    fireEvent.click(await screen.findByRole('button', { name: /obchod@firma\.cz/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset token' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reset the API token?' });
    expect(dialog.textContent).toContain('stops working at once');
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset token' }));
    expect(await screen.findByText(/The token was reset/)).toBeTruthy();
    expect(api.resetToken).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Leady' })).toBeTruthy();
    expect(api.signOut).toHaveBeenCalledTimes(1);
  });

  it('speaks Czech when the browser does', async () => {
    renderWith(fakeApi({ uiLanguage: () => 'cs-CZ' }), <App />);
    expect(await screen.findByText('V tomto období žádné návštěvy.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Návštěvy' })).toBeTruthy();
  });
});
