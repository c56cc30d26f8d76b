import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LastView } from '../../lib/extension-pages/popup/last-view';
import type { PopupApi } from '../../lib/extension-pages/popup/popup-api';
import { toErrorData } from '../../lib/shared/api/error-data';
import type { LeadyErrorData } from '../../lib/shared/api/errors';
import type { AuthStatus } from '../../lib/shared/messaging/protocol';
import type { ResourceOption } from '../../lib/shared/popup/types';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/shared/settings';

export interface PopupState {
  settings?: Settings;
  auth?: AuthStatus;
  resources: ResourceOption[];
  /** The first load failed (the background did not answer). */
  error?: LeadyErrorData;
  syncing: boolean;
  /** Bumped on every `cache.changed`: views re-read the cache. */
  cacheVersion: number;
  /**
   * Drawn from the last view (the popup's last first screen) until the background answers; its
   * first page of visits seeds the list while this is set.
   */
  lastPage?: LastView['page'];
}

/** The last view as the popup's state, so the first render can already show the list. */
function initialState(lastView: LastView | undefined): PopupState {
  const state: PopupState = { resources: [], syncing: false, cacheVersion: 0 };
  if (!lastView) return state;
  return {
    ...state,
    settings: { ...DEFAULT_SETTINGS, ...lastView.settings },
    auth: lastView.auth,
    resources: lastView.resources,
    lastPage: lastView.page,
  };
}

/** What the whole popup depends on: settings, the account, the tracked websites, and sync activity. */
export function usePopupState(api: PopupApi) {
  const [state, setState] = useState<PopupState>(() => initialState(api.lastView?.()));
  /** Counts sync.changed events: newer than any answer to a sync request sent before them. */
  const syncEvents = useRef(0);

  const load = useCallback(async () => {
    try {
      const [settings, auth, resources] = await Promise.all([
        api.settings(),
        api.authStatus(),
        api.resources(),
      ]);
      setState((s) => ({ ...s, settings, auth, resources, error: undefined, lastPage: undefined }));
    } catch (thrown) {
      // Without the background the last view cannot be trusted to still be this account's.
      setState((s) => ({
        ...s,
        error: toErrorData(thrown, 'popup.load'),
        ...(s.lastPage ? { auth: undefined, settings: undefined, resources: [], lastPage: undefined } : {}),
      }));
    }
  }, [api]);

  const reloadResources = useCallback(async () => {
    try {
      const resources = await api.resources();
      setState((s) => ({ ...s, resources }));
    } catch {
      // Keep the websites shown; they come back with the next event.
    }
  }, [api]);

  // A layout effect starts the loads right after the first commit; a plain effect would wait a frame.
  useLayoutEffect(() => {
    void load();
    return api.onEvent((event) => {
      if (event.event === 'auth.changed') setState((s) => ({ ...s, auth: event.status }));
      if (event.event === 'sync.changed') {
        syncEvents.current += 1;
        setState((s) => ({ ...s, syncing: event.running }));
        // A finished sync is followed by cache.changed (which reloads them) unless it failed.
        if (!event.running && event.error) void reloadResources();
      }
      if (event.event === 'cache.changed') {
        setState((s) => ({ ...s, cacheVersion: s.cacheVersion + 1 }));
        void reloadResources();
      }
    });
  }, [api, load, reloadResources]);

  const setAuth = useCallback((auth: AuthStatus) => setState((s) => ({ ...s, auth })), []);

  /** Asks the background to sync; its answer says whether one runs, unless an event said so since. */
  const requestSync = useCallback(() => {
    const before = syncEvents.current;
    api.syncNow().then(
      (status) => {
        if (syncEvents.current === before) setState((s) => ({ ...s, syncing: status.running }));
      },
      // The sync's state and errors arrive as sync.changed events; this answer only comes sooner.
      () => {},
    );
  }, [api]);

  return { state, setAuth, requestSync, retry: load };
}
