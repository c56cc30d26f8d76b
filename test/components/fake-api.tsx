/** A PopupApi for component tests: canned answers, spies, and events the test can emit. */
import { cleanup, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, vi } from 'vitest';
import { PopupApiContext, PopupTextContext, popupText } from '../../components/popup/context';
import type { PopupApi } from '../../lib/extension-pages/popup/popup-api';
import type { LeadyErrorData } from '../../lib/shared/api/errors';
import { LeadyError } from '../../lib/shared/api/errors';
import type { CompanyInsight } from '../../lib/shared/insights/types';
import type { AuthStatus } from '../../lib/shared/messaging/protocol';
import type { BackgroundEvent } from '../../lib/shared/messaging/protocol/events';
import type { SessionRow, SessionsPage } from '../../lib/shared/popup/types';
import { DEFAULT_SETTINGS } from '../../lib/shared/settings';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

export const NOW = Date.UTC(2026, 10, 27, 13, 0, 0);
export const API_URL = 'https://api.leady.com/v1/';

export const SIGNED_IN: AuthStatus = { state: 'signed-in', email: 'obchod@firma.cz', apiBaseUrl: API_URL };

export function row(
  id: number,
  company: { id: number; name: string; website?: string } | null,
  extra: Partial<SessionRow> = {},
): SessionRow {
  return {
    key: `web.cz ${id}`,
    id,
    resource: 'web.cz',
    company: company ?? undefined,
    firstAt: NOW - id * 600_000 - 120_000,
    lastAt: NOW - id * 600_000,
    seconds: 120,
    pages: 3,
    referrer: 'https://www.google.com/search?q=x',
    ...extra,
  };
}

export function page(
  rows: SessionRow[],
  source: 'cache' | 'api',
  extra: Partial<SessionsPage> = {},
): SessionsPage {
  return { rows, source, next: null, hasMore: false, updatedAt: NOW - 5 * 60_000, ...extra };
}

export function insight(
  company: Partial<CompanyInsight['company']> & { id: number; name: string },
): CompanyInsight {
  return {
    company: { phones: [], contactPersons: [], ...company },
    persons: [],
    visits: { count30d: 2, seconds30d: 300, lastVisitAt: NOW - 600_000, recent: [] },
    topPages: [],
    detailState: 'fresh',
    fetchedAt: NOW,
  };
}

export function leadyError(kind: LeadyErrorData['kind'], extra: Partial<LeadyErrorData> = {}): LeadyError {
  return new LeadyError({ kind, endpoint: 'test', message: `test ${kind}`, ...extra });
}

/** Resolves after the test lets it (for asserting what shows while a request is in flight). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export type FakeApi = { [K in keyof PopupApi]: PopupApi[K] & ReturnType<typeof vi.fn> } & {
  emit(event: BackgroundEvent): void;
};

export function fakeApi(overrides: Partial<PopupApi> = {}): FakeApi {
  const listeners = new Set<(event: BackgroundEvent) => void>();
  const base: PopupApi = {
    settings: async () => ({ ...DEFAULT_SETTINGS }),
    rememberResource: async () => {},
    resources: async () => [{ domain: 'web.cz', name: 'Web' }],
    uiLanguage: () => 'en-US',
    timeZone: () => 'Europe/Prague',
    online: () => true,
    authStatus: async () => SIGNED_IN,
    signIn: async () => SIGNED_IN,
    signInWithToken: async () => ({ ...SIGNED_IN, email: undefined }),
    signOut: async () => ({ state: 'signed-out', apiBaseUrl: API_URL }),
    resetToken: async () => SIGNED_IN,
    syncNow: async () => ({ running: true }),
    cachedSessions: async () => page([], 'cache'),
    fetchSessions: async () => page([], 'api'),
    moreSessions: async () => page([], 'api'),
    sessionActions: async () => ({ actions: [], seconds: 0, pages: 0 }),
    companies: async () => [],
    company: async () => null,
    savedFilters: async () => [],
    blacklistIds: async () => [],
    blacklistAdd: async (companyId) => ({ companyId, companyName: 'x', state: 'pending', createdAt: NOW }),
    blacklistUndo: async () => {},
    blacklistList: async () => [],
    acknowledgeNewCompanies: async () => {},
    openOptions: async () => {},
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const api = {} as Record<string, unknown>;
  for (const [name, impl] of Object.entries({ ...base, ...overrides })) api[name] = vi.fn(impl as never);
  api.emit = (event: BackgroundEvent) => {
    for (const listener of listeners) listener(event);
  };
  return api as unknown as FakeApi;
}

export function renderWith(api: PopupApi, ui: ComponentChildren, locale: 'en' | 'cs' = 'en') {
  return render(
    <PopupApiContext.Provider value={api}>
      <PopupTextContext.Provider value={popupText(locale, 'Europe/Prague')}>{ui}</PopupTextContext.Provider>
    </PopupApiContext.Provider>,
  );
}
