// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../components/popup/App';
import { deferred, fakeApi, insight, leadyError, NOW, page, renderWith, row } from './fake-api';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

const alfa = { id: 11, name: 'Alfa Stavby s.r.o.', website: 'https://alfa.cz' };

function alfaInsight() {
  const value = insight({
    id: 11,
    name: 'Alfa Stavby s.r.o.',
    website: 'www.alfa.cz',
    email: 'info@alfa.cz',
    phones: ['+420 601 123 456'],
    address: 'Náměstí 1, 602 00 Brno',
    ico: '27074358',
    turnover: '10 – 50 mil. Kč',
    magnitude: '25 – 49 zaměstnanců',
  });
  value.persons = [
    {
      id: 1,
      name: 'Ing. Jana Nováková',
      position: 'jednatelka',
      email: 'jana@alfa.cz',
      phone: '601 222 333',
    },
  ];
  value.visits.recent = [
    { key: 'web.cz 1', resource: 'web.cz', lastAt: NOW - 600_000, seconds: 120, pages: 3 },
  ];
  value.topPages = [{ url: 'https://web.cz/cenik', title: 'Ceník', views: 2, seconds: 90 }];
  return value;
}

async function openFirstVisit() {
  const list = await screen.findByRole('list', { name: 'Recent visits' });
  const button = within(list).getAllByRole('button')[0]!;
  button.focus();
  fireEvent.click(button);
  return button;
}

describe('visit detail', () => {
  it('loads the page views lazily and closes with Escape, returning focus', async () => {
    const actions = deferred<{
      actions: Array<{ location: string; title?: string; seconds?: number }>;
      seconds: number;
      pages: number;
    }>();
    const api = fakeApi({
      fetchSessions: async () => page([row(1, alfa, { searchQuery: 'beton' })], 'api'),
      sessionActions: () => actions.promise,
    });
    renderWith(api, <App />);
    const opener = await openFirstVisit();
    const dialog = await screen.findByRole('dialog', { name: 'Alfa Stavby s.r.o.' });
    expect(api.sessionActions).toHaveBeenCalledWith('web.cz 1');
    expect(within(dialog).getByText('beton')).toBeTruthy();
    expect(within(dialog).getByText('google.com').closest('a')?.getAttribute('href')).toBe(
      'https://www.google.com/search?q=x',
    );
    expect(within(dialog).getByRole('status', { name: 'Loading…' })).toBeTruthy();

    actions.resolve({
      actions: [
        { location: 'https://web.cz/', seconds: 30 },
        { location: 'https://web.cz/cen%C3%ADk?utm_source=x', title: 'Ceník', seconds: 90 },
      ],
      seconds: 120,
      pages: 2,
    });
    expect(await within(dialog).findByText('/ceník')).toBeTruthy();
    expect(within(dialog).getByText('Ceník')).toBeTruthy();
    expect(within(dialog).getByText('1 min 30 s')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Alfa Stavby s.r.o.');

    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it('says when Leady has no page views, and shows an error with retry', async () => {
    const api = fakeApi({
      fetchSessions: async () => page([row(1, null)], 'api'),
      sessionActions: vi
        .fn()
        .mockRejectedValueOnce(leadyError('throttled', { retryAfterSeconds: 20 }))
        .mockResolvedValue({ actions: [], seconds: 0, pages: 0 }),
    });
    renderWith(api, <App />);
    await openFirstVisit();
    const dialog = await screen.findByRole('dialog', { name: 'Unidentified visitor' });
    expect(await within(dialog).findByText(/slow down/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByText('Leady has no page views for this visit.')).toBeTruthy();
  });
});

describe('company detail', () => {
  it('shows the company from the visit, its contacts, bands, people and visits', async () => {
    const api = fakeApi({
      fetchSessions: async () => page([row(1, alfa)], 'api'),
      company: async () => alfaInsight(),
    });
    renderWith(api, <App />);
    await openFirstVisit();
    const visit = await screen.findByRole('dialog', { name: 'Alfa Stavby s.r.o.' });
    fireEvent.click(within(visit).getByRole('button', { name: 'Company detail' }));

    await waitFor(() => expect(screen.getAllByRole('dialog')).toHaveLength(2));
    const detail = screen.getAllByRole('dialog')[1]!;
    expect(await within(detail).findByText('27074358')).toBeTruthy();
    expect(api.company).toHaveBeenCalledWith(11, false);
    expect(within(detail).getByText('alfa.cz').closest('a')?.getAttribute('href')).toBe(
      'https://www.alfa.cz/',
    );
    expect(within(detail).getByText('info@alfa.cz').closest('a')?.getAttribute('href')).toBe(
      'mailto:info@alfa.cz',
    );
    expect(within(detail).getByText('+420 601 123 456').closest('a')?.getAttribute('href')).toBe(
      'tel:+420601123456',
    );
    expect(within(detail).getByText('10 – 50 mil. Kč')).toBeTruthy();
    expect(within(detail).getByText('25 – 49 zaměstnanců')).toBeTruthy();
    expect(within(detail).getByText('Ing. Jana Nováková')).toBeTruthy();
    expect(within(detail).getByText('jednatelka')).toBeTruthy();
    expect(within(detail).getByText('/cenik')).toBeTruthy();
    expect(within(detail).getByText('Recent visits')).toBeTruthy();

    fireEvent.click(within(detail).getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(api.company).toHaveBeenLastCalledWith(11, true));

    // Escape closes only the top layer.
    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.getAllByRole('dialog')).toHaveLength(1));
  });

  it('shows cached details with the reason they were not refreshed', async () => {
    const cached = alfaInsight();
    cached.detailState = 'cached';
    cached.refreshError = { kind: 'network', endpoint: 'companies.get', message: 'x' };
    const api = fakeApi({
      companies: async () => [
        { id: 11, name: 'Alfa Stavby s.r.o.', domains: ['alfa.cz'], visits: 1, seconds: 10 },
      ],
      company: async () => cached,
    });
    renderWith(api, <App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Companies' }));
    fireEvent.click(await screen.findByRole('button', { name: /Alfa Stavby/ }));
    expect(await screen.findByText(/Details could not be refreshed: Cannot reach Leady/)).toBeTruthy();
    expect(screen.getByText('27074358')).toBeTruthy();
  });
});

describe('blacklisting', () => {
  it('hides the company at once and brings it back with Undo', async () => {
    const api = fakeApi({
      fetchSessions: async () => page([row(1, alfa), row(2, { id: 12, name: 'Beta a.s.' })], 'api'),
      company: async () => alfaInsight(),
    });
    renderWith(api, <App />);
    await openFirstVisit();
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Company detail' }),
    );
    await waitFor(() => expect(screen.getAllByRole('dialog')).toHaveLength(2));
    fireEvent.click(within(screen.getAllByRole('dialog')[1]!).getByRole('button', { name: 'Blacklist' }));

    await waitFor(() => expect(api.blacklistAdd).toHaveBeenCalledWith(11));
    const toast = await screen.findByText('\u2068Alfa Stavby s.r.o.\u2069 is hidden.');
    // Both details close: the visit belongs to a company that is hidden now.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const list = await screen.findByRole('list', { name: 'Recent visits' });
    await waitFor(() => expect(within(list).queryByText('Alfa Stavby s.r.o.')).toBeNull());
    expect(within(list).getByText('Beta a.s.')).toBeTruthy();

    fireEvent.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.blacklistUndo).toHaveBeenCalledWith(11));
    expect(await within(list).findByText('Alfa Stavby s.r.o.')).toBeTruthy();
    expect(screen.queryByText('\u2068Alfa Stavby s.r.o.\u2069 is hidden.')).toBeNull();
  });

  it('brings the company back when the blacklisting fails or Leady refuses it later', async () => {
    const api = fakeApi({
      fetchSessions: async () => page([row(1, alfa)], 'api'),
      companies: async () => [{ id: 11, name: 'Alfa Stavby s.r.o.', domains: [], visits: 1, seconds: 10 }],
      company: async () => alfaInsight(),
      blacklistAdd: vi.fn().mockRejectedValueOnce(leadyError('network')).mockResolvedValue({
        companyId: 11,
        companyName: 'Alfa Stavby s.r.o.',
        state: 'pending',
        createdAt: NOW,
      }),
    });
    renderWith(api, <App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Companies' }));
    fireEvent.click(await screen.findByRole('button', { name: /Alfa Stavby/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Blacklist' }));
    expect(
      await screen.findByText(/Could not blacklist Alfa Stavby s\.r\.o\.: Cannot reach Leady/),
    ).toBeTruthy();
    const companies = screen.getByRole('list', { name: 'Identified companies' });
    expect(within(companies).getByText('Alfa Stavby s.r.o.')).toBeTruthy();

    fireEvent.click(within(companies).getByRole('button', { name: /Alfa Stavby/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Blacklist' }));
    await screen.findByText('No identified companies yet.');
    api.emit({ event: 'blacklist.changed', companyIds: [11] });
    expect(screen.queryByRole('list', { name: 'Identified companies' })).toBeNull();
    // Leady refused it after the undo window: the background no longer lists it as hidden.
    api.emit({ event: 'blacklist.changed', companyIds: [] });
    const back = await screen.findByRole('list', { name: 'Identified companies' });
    expect(within(back).getByText('Alfa Stavby s.r.o.')).toBeTruthy();
  });

  it('lists the blacklist and removes entries', async () => {
    const items = [
      {
        companyId: 11,
        companyName: 'Alfa Stavby s.r.o.',
        website: 'alfa.cz',
        state: 'done' as const,
        entryId: 5,
        createdAt: NOW - 3_600_000,
      },
      { companyId: 12, companyName: 'Beta a.s.', state: 'pending' as const, createdAt: NOW },
      {
        companyId: 13,
        companyName: 'Gama',
        state: 'failed' as const,
        createdAt: NOW,
        error: {
          kind: 'validation' as const,
          endpoint: 'blacklist.add',
          message: 'x',
          apiMessage: 'Invalid company.',
        },
      },
    ];
    const api = fakeApi({ blacklistIds: async () => [11, 12], blacklistList: async () => items });
    renderWith(api, <App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Blacklist' }));
    const list = await screen.findByRole('list', { name: 'Blacklisted companies' });
    expect(within(list).getByText('Waiting to be sent to Leady')).toBeTruthy();
    expect(
      within(list).getByText(/Leady refused it: Leady did not accept the request: Invalid company\./),
    ).toBeTruthy();
    expect(within(list).getByText(/Added/).textContent).toContain('1 hr. ago');
    fireEvent.click(
      within(list).getByRole('button', { name: 'Remove \u2068Alfa Stavby s.r.o.\u2069 from the blacklist' }),
    );
    await waitFor(() => expect(api.blacklistUndo).toHaveBeenCalledWith(11));
  });

  it('says when the blacklist is empty', async () => {
    renderWith(fakeApi(), <App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Blacklist' }));
    expect(await screen.findByText('No blacklisted companies.')).toBeTruthy();
  });
});

describe('identified companies', () => {
  it('searches without diacritics and sorts', async () => {
    const api = fakeApi({
      companies: async () => [
        {
          id: 1,
          name: 'Žlutý kůň s.r.o.',
          domains: ['kun.cz'],
          visits: 1,
          seconds: 900,
          lastVisitAt: NOW - 1000,
        },
        {
          id: 2,
          name: 'Alfa',
          domains: ['alfa.cz'],
          ico: '12345678',
          visits: 5,
          seconds: 10,
          lastVisitAt: NOW - 5000,
        },
      ],
    });
    renderWith(api, <App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Companies' }));
    const list = await screen.findByRole('list', { name: 'Identified companies' });
    const names = () =>
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.row-title')?.textContent);
    expect(names()).toEqual(['Žlutý kůň s.r.o.', 'Alfa']);
    expect(api.companies).toHaveBeenCalledWith('web.cz', []);
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'visits' } });
    expect(names()).toEqual(['Alfa', 'Žlutý kůň s.r.o.']);
    fireEvent.input(screen.getByLabelText('Search (name, domain, IČO)'), { target: { value: 'zluty' } });
    expect(names()).toEqual(['Žlutý kůň s.r.o.']);
    fireEvent.input(screen.getByLabelText('Search (name, domain, IČO)'), { target: { value: '1234' } });
    expect(names()).toEqual(['Alfa']);
    fireEvent.input(screen.getByLabelText('Search (name, domain, IČO)'), { target: { value: 'omega' } });
    expect(screen.getByText('No company matches “omega”.')).toBeTruthy();
  });

  it('says what to expect when none are identified yet', async () => {
    renderWith(fakeApi(), <App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Companies' }));
    expect(await screen.findByText('No identified companies yet.')).toBeTruthy();
  });
});
