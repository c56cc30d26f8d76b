/**
 * The popup's first screen needs the settings, the account, the tracked websites and the first
 * page of cached visits. Asked one after another from components, those wait for renders and
 * frames in between; started together before the first render, they overlap. `prefetching(api)`
 * starts them and hands each answer to the first component call that asks the same question.
 */
import { DEFAULT_FILTERS, toCacheQuery } from './filters';
import { pickResource } from './pick-resource';
import type { CachedSessionsRequest, PopupApi } from './popup-api';
import type { SessionsPage } from './types';

/** The period start is computed again when the list asks; a request this close is the same question. */
const SAME_QUERY_MS = 60_000;

export function prefetching(api: PopupApi, now: number = Date.now()): PopupApi {
  const settings = api.settings();
  const resources = api.resources();
  const auth = api.authStatus();
  let first: { request: CachedSessionsRequest; page: Promise<SessionsPage> } | undefined;
  const firstPage = Promise.all([settings, resources]).then(([loaded, list]) => {
    const resource = pickResource(list, loaded.resourceDomain);
    if (!resource) return;
    const request = { ...toCacheQuery(DEFAULT_FILTERS, now, api.timeZone()), resource, excludeCompanies: [] };
    first = { request, page: api.cachedSessions(request) };
  });
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
      await firstPage.catch(() => {});
      const prefetched = first;
      if (prefetched && sameQuery(prefetched.request, request)) {
        first = undefined;
        return prefetched.page;
      }
      return api.cachedSessions(request);
    },
  };
}

function sameQuery(a: CachedSessionsRequest, b: CachedSessionsRequest): boolean {
  return (
    a.resource === b.resource &&
    a.onlyIdentified === b.onlyIdentified &&
    a.minPages === b.minPages &&
    a.before === b.before &&
    (b.excludeCompanies?.length ?? 0) === 0 &&
    Math.abs(a.since - b.since) < SAME_QUERY_MS
  );
}
