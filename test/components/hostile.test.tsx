// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../components/popup/App';
import type { CompanyInsight } from '../../lib/shared/insights/types';
import { fakeApi, insight, NOW, page, renderWith, row } from './fake-api';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

const HTML_NAME = '<img src=x onerror=alert(1)>';
const LONG_NAME = `Společenství ${'pro rozvoj a výzkum '.repeat(600)}`.slice(0, 10_000);
const RTL_NAME = 'شركة الأفق للتجارة والتوزيع ذ.م.م';
const JS = 'javascript:alert(1)';

const companies = [
  { id: 1, name: HTML_NAME, website: JS },
  { id: 2, name: LONG_NAME, website: 'https://www.spolecenstvi.cz' },
  { id: 3, name: RTL_NAME, website: 'data:text/html,<script>alert(1)</script>' },
];

function hostileInsight(id: number, name: string): CompanyInsight {
  const value = insight({
    id,
    name,
    website: JS,
    email: JS,
    phones: [JS, '<b>123</b>'],
    address: '"><svg onload=alert(1)> 12',
    ico: '<i>1</i>',
    turnover: '<script>alert(3)</script>',
    contactPersons: ['<script>alert("person")</script>', 'Ing. Jan <b>Tučný</b>'],
  });
  value.persons = [{ id: 9, name: '<img src=y onerror=alert(2)>', position: RTL_NAME, email: JS, phone: JS }];
  value.topPages = [{ url: JS, title: '<b>Ceník</b>', views: 1, seconds: 5 }];
  return value;
}

/** Markup from the API must never become elements, and no link may run script. */
function expectInert() {
  expect(document.querySelectorAll('img, script, svg, b, i').length).toBe(0);
  for (const anchor of document.querySelectorAll('a')) {
    expect(anchor.getAttribute('href') ?? '').toMatch(/^(https?:|mailto:|tel:)/);
  }
  expect(document.querySelector('a[href^="javascript"], a[href^="data"]')).toBeNull();
}

describe('hostile data from the API', () => {
  it('renders names, queries and referrers as inert text in the list', async () => {
    const api = fakeApi({
      fetchSessions: async () =>
        page(
          companies.map((company, index) =>
            row(index + 1, company, { referrer: JS, searchQuery: '<img src=x onerror=alert(2)>' }),
          ),
          'api',
        ),
    });
    renderWith(api, <App />);
    const list = await screen.findByRole('list', { name: 'Recent visits' });
    expect(within(list).getByText(HTML_NAME)).toBeTruthy();
    expect(within(list).getByText(LONG_NAME).textContent).toHaveLength(10_000);
    const rtl = within(list).getByText(RTL_NAME);
    expect(rtl.getAttribute('dir')).toBe('auto');
    expect(within(list).getAllByText('“<img src=x onerror=alert(2)>”')).toHaveLength(3);
    expectInert();
  });

  it('renders a hostile company detail and visit detail inertly', async () => {
    const api = fakeApi({
      fetchSessions: async () => page([row(1, companies[0]!, { referrer: JS })], 'api'),
      sessionActions: async () => ({
        actions: [{ location: JS, title: '<img src=z onerror=alert(4)>', seconds: 3 }],
        seconds: 3,
        pages: 1,
      }),
      company: async (id) => hostileInsight(id, HTML_NAME),
    });
    renderWith(api, <App />);
    const list = await screen.findByRole('list', { name: 'Recent visits' });
    fireEvent.click(within(list).getAllByRole('button')[0]!);
    const visit = await screen.findByRole('dialog', { name: HTML_NAME });
    expect(await within(visit).findByText('<img src=z onerror=alert(4)>')).toBeTruthy();
    expect(within(visit).getByText(JS).tagName).toBe('SPAN');
    expectInert();

    fireEvent.click(within(visit).getByRole('button', { name: 'Company detail' }));
    await waitFor(() => expect(screen.getAllByRole('dialog')).toHaveLength(2));
    const detail = screen.getAllByRole('dialog')[1]!;
    expect(await within(detail).findByText('"><svg onload=alert(1)> 12')).toBeTruthy();
    expect(within(detail).getByText('<img src=y onerror=alert(2)>')).toBeTruthy();
    expect(within(detail).getByText('<script>alert(3)</script>')).toBeTruthy();
    expect(
      within(detail)
        .getAllByText(JS)
        .every((node) => node.tagName === 'SPAN'),
    ).toBe(true);
    expectInert();
  });

  it('shows a 10,000-character name in full in the detail and RTL names in the company list', async () => {
    const api = fakeApi({
      companies: async () =>
        companies.map((c) => ({ ...c, domains: [], visits: 1, seconds: 5, lastVisitAt: NOW })),
      company: async (id) => insight({ id, name: LONG_NAME }),
      blacklistList: async () => [
        { companyId: 1, companyName: HTML_NAME, website: JS, state: 'done', createdAt: NOW },
      ],
      blacklistIds: async () => [],
    });
    renderWith(api, <App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Companies' }));
    const list = await screen.findByRole('list', { name: 'Identified companies' });
    expect(within(list).getByText(RTL_NAME).getAttribute('dir')).toBe('auto');
    fireEvent.click(within(list).getAllByRole('button')[1]!);
    const detail = await screen.findByRole('dialog');
    await waitFor(() =>
      expect(within(detail).getByRole('heading', { level: 2 }).textContent).toHaveLength(10_000),
    );
    fireEvent.keyDown(document, { key: 'Escape' });
    fireEvent.click(screen.getByRole('tab', { name: 'Blacklist' }));
    const blacklist = await screen.findByRole('list', { name: 'Blacklisted companies' });
    expect(within(blacklist).getByText(HTML_NAME)).toBeTruthy();
    expectInert();
  });

  it('drops bidi controls from names in the lists and the blacklist, so no name reorders its row', async () => {
    const OVERRIDE = 'Evil\u202Egnp.exe';
    const api = fakeApi({
      fetchSessions: async () => page([row(1, { id: 4, name: OVERRIDE })], 'api'),
      companies: async () => [
        { id: 4, name: OVERRIDE, website: JS, domains: [], visits: 1, seconds: 5, lastVisitAt: NOW },
      ],
      blacklistList: async () => [
        { companyId: 4, companyName: OVERRIDE, website: JS, state: 'done', createdAt: NOW },
      ],
      blacklistIds: async () => [],
    });
    renderWith(api, <App />);
    await screen.findByRole('list', { name: 'Recent visits' });
    fireEvent.click(await screen.findByRole('tab', { name: 'Companies' }));
    await screen.findByRole('list', { name: 'Identified companies' });
    fireEvent.click(screen.getByRole('tab', { name: 'Blacklist' }));
    const blacklist = await screen.findByRole('list', { name: 'Blacklisted companies' });
    expect(within(blacklist).getByText('Evilgnp.exe')).toBeTruthy();
    expect(document.body.innerHTML).not.toMatch(/[\u202A-\u202E]/);
  });
});
