/**
 * The popup's first screen needs the settings, the account, the tracked websites and the first
 * page of cached visits. Asked one after another from components, those wait for renders and
 * frames in between; started together before the first render, they overlap. `prefetching(api)`
 * starts them and hands each answer to the first component call that asks the same question.
 */
import { DEFAULT_FILTERS, isFirstScreenQuery, toCacheQuery } from '../../shared/popup/filters';
import type { SessionsPage } from '../../shared/popup/types';
import type { CachedSessionsRequest, PopupApi } from './popup-api';

export function prefetching(api: PopupApi, now: number = Date.now()): PopupApi {
  const timeZone = api.timeZone();
  const settings = api.settings();
  const resources = api.resources();
  const auth = api.authStatus();
  // No resource: the background picks the one the popup will show, so no settings read comes first.
  const firstRequest: CachedSessionsRequest = {
    ...toCacheQuery(DEFAULT_FILTERS, now, timeZone),
    excludeCompanies: [],
  };
  const firstPage: Promise<SessionsPage> = api.cachedSessions(firstRequest);
  let unused = true;
  // Nobody may be waiting for these; a failure resurfaces when a component asks.
  for (const promise of [settings, resources, auth, firstPage]) promise.catch(() => {});

  const once = <T>(promise: Promise<T>, again: () => Promise<T>) => {
    let used = false;
    return () => {
      if (used) return again();
      used = true;
      return promise;
    };
  };

  return {
    ...api,
    settings: once(settings, () => api.settings()),
    resources: once(resources, () => api.resources()),
    authStatus: once(auth, () => api.authStatus()),
    async cachedSessions(request) {
      // The prefetched page left nothing out: only a question leaving nothing out can take it.
      const nothingHidden = (request.excludeCompanies?.length ?? 0) === 0;
      if (unused && nothingHidden && isFirstScreenQuery(request, now, timeZone)) {
        unused = false;
        // A failed prefetch is asked again below, where the caller sees the failure.
        const page = await firstPage.catch(() => undefined);
        // The answer says which website it is for; another website's list is asked anew.
        if (page && page.resource === request.resource) return page;
      }
      return api.cachedSessions(request);
    },
  };
}
