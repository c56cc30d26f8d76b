/**
 * Keeps the popup's last first screen (last-view.ts) in step with what the background answers,
 * without the components knowing: `rememberingLastView(api, store)` reads the stored view once
 * (`lastView()`), writes a new one whenever the first page of cached visits for the default filters
 * arrives with the account, settings and websites it belongs to, and forgets it as soon as any
 * answer or event says the account signed out or is another one. Visits of blacklisted companies
 * (as far as the popup has heard) are left out of what it keeps, so they are never drawn first.
 */
import type { AuthStatus } from '../../shared/messaging/protocol';
import { isFirstScreenQuery } from '../../shared/popup/filters';
import type { SessionsPage } from '../../shared/popup/types';
import type { LastView, LastViewStore } from './last-view';
import type { PopupApi } from './popup-api';

/**
 * Rows kept: a screenful (the popup shows about eight). Fewer rows to store, read and draw in the
 * first render; the cache's full page follows at once.
 */
const LAST_VIEW_ROWS = 10;

export function rememberingLastView(
  api: PopupApi,
  store: LastViewStore,
  clock: () => number = Date.now,
): PopupApi {
  const stored = store.read();
  let auth: AuthStatus | undefined;
  let settings: LastView['settings'] | undefined;
  let resources: LastView['resources'] | undefined;
  let page: LastView['page'] | undefined;
  // The account the stored view belongs to; a view of another one is dropped when it shows up.
  let viewAccount = stored?.auth;
  // Blacklisted companies: the blacklist's answer, plus what was hidden or brought back since.
  const hidden = new Set<number>();

  const write = () => {
    if (!auth || auth.state === 'signed-out' || !settings || !resources || !page) return;
    const rows = page.rows.filter((row) => row.company === undefined || !hidden.has(row.company.id));
    store.write({
      auth,
      settings,
      resources,
      page: rows.length === page.rows.length ? page : { ...page, rows },
    });
    viewAccount = auth;
  };
  const seeAuth = (status: AuthStatus) => {
    if (status.state === 'signed-out' || (viewAccount && !sameAccount(viewAccount, status))) {
      store.clear();
      viewAccount = undefined;
      page = undefined;
    }
    auth = status;
    write();
    return status;
  };

  return {
    ...api,
    // Read once, when the popup starts (its first render); later forgetting is for the next opening.
    lastView: () => stored,
    async settings() {
      const answer = await api.settings();
      settings = { locale: answer.locale, resourceDomain: answer.resourceDomain };
      write();
      return answer;
    },
    async rememberResource(domain) {
      await api.rememberResource(domain);
      // Kept at once: the next opening shows this website even if its list is never stored.
      if (settings) settings = { ...settings, resourceDomain: domain };
      write();
    },
    async resources() {
      const answer = await api.resources();
      resources = answer;
      write();
      return answer;
    },
    authStatus: async () => seeAuth(await api.authStatus()),
    signIn: async (email, password) => seeAuth(await api.signIn(email, password)),
    signInWithToken: async (token) => seeAuth(await api.signInWithToken(token)),
    signOut: async () => {
      // Forgotten before asking: even if the background does not answer, the user asked to leave.
      store.clear();
      viewAccount = undefined;
      page = undefined;
      return seeAuth(await api.signOut());
    },
    resetToken: async () => seeAuth(await api.resetToken()),
    async blacklistIds() {
      const ids = await api.blacklistIds();
      hidden.clear();
      for (const id of ids) hidden.add(id);
      write();
      return ids;
    },
    async blacklistAdd(companyId) {
      hidden.add(companyId);
      write();
      try {
        return await api.blacklistAdd(companyId);
      } catch (error) {
        // Refused: the company is listed again, and so may be its visits.
        hidden.delete(companyId);
        throw error;
      }
    },
    async blacklistUndo(companyId) {
      await api.blacklistUndo(companyId);
      hidden.delete(companyId);
      write();
    },
    async cachedSessions(request) {
      const answer = await api.cachedSessions(request);
      const resource = answer.resource ?? request.resource;
      // Companies left out of the query are blacklisted ones: the view leaves them out too.
      const excluded = request.excludeCompanies ?? [];
      const rows = excluded.length
        ? answer.rows.filter((row) => row.company === undefined || !excluded.includes(row.company.id))
        : answer.rows;
      // An empty page is no head start: the list waits for Leady then anyway.
      const firstScreen = rows.length > 0 && isFirstScreenQuery(request, clock(), api.timeZone());
      if (resource !== undefined && firstScreen) {
        page = screenful({ ...answer, rows }, resource);
        write();
      }
      return answer;
    },
    onEvent(listener) {
      return api.onEvent((event) => {
        if (event.event === 'auth.changed') seeAuth(event.status);
        listener(event);
      });
    },
  };
}

function screenful(answer: SessionsPage, resource: string): LastView['page'] {
  if (answer.rows.length <= LAST_VIEW_ROWS) return { ...answer, resource };
  const rows = answer.rows.slice(0, LAST_VIEW_ROWS);
  // "Load more" then continues right after the last row kept, as the cache's own cursor would.
  const before = rows.at(-1)?.lastAt;
  return { ...answer, resource, rows, before, hasMore: before !== undefined };
}

function sameAccount(a: AuthStatus, b: AuthStatus): boolean {
  return a.email === b.email && a.apiBaseUrl === b.apiBaseUrl;
}
