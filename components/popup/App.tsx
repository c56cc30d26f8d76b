import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import type { ListOrigin } from '../../lib/extension-pages/popup/list-marks';
import { errorMessage } from '../../lib/shared/api/error-message';
import { resolveLocale } from '../../lib/shared/i18n/translate';
import { ErrorNote } from '../common/ErrorNote';
import { Skeleton } from '../common/Skeleton';
import { PopupTextContext, popupText, usePopupApi } from './context';
import { SignedInPopup } from './SignedInPopup';
import { SignInScreen } from './SignInScreen';
import { usePopupState } from './use-popup-state';

/** When no list from the cache is coming (no website yet), sync this soon after opening. */
const SYNC_FALLBACK_MS = 1000;

interface Props {
  /**
   * Called once per origin when a list is first on screen: 'last-view' (drawn from the popup's
   * last first screen before the background answered) and 'cache' (the background's answer).
   */
  onListShown?: (origin: ListOrigin) => void;
}

/** The popup: loads the account and settings, then the sign-in screen or the signed-in views. */
export function App({ onListShown }: Props) {
  const api = usePopupApi();
  const { state, setAuth, requestSync, retry } = usePopupState(api);
  const locale = resolveLocale(state.settings?.locale, api.uiLanguage());
  const text = useMemo(() => popupText(locale, api.timeZone()), [locale, api]);
  const { t } = text;
  const signedIn = state.auth?.state === 'signed-in';

  // Catching up with Leady (sync.now) waits for the list from the cache: on a busy machine
  // the sync's work would otherwise delay it. With no website to list yet (just signed in), it
  // starts at once, and the popup shows that it is syncing.
  const noWebsiteYet = state.resources.length === 0;
  const syncStarted = useRef(false);
  const startSync = useCallback(() => {
    if (syncStarted.current) return;
    syncStarted.current = true;
    requestSync();
    // The toolbar count then stays until the next opening: not worth interrupting the user.
    api.acknowledgeNewCompanies().catch(() => {});
  }, [api, requestSync]);
  useEffect(() => {
    if (!signedIn) {
      syncStarted.current = false;
      return;
    }
    const timer = setTimeout(startSync, noWebsiteYet ? 0 : SYNC_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, [signedIn, noWebsiteYet, startSync]);
  const listShown = useCallback(
    (origin: ListOrigin) => {
      onListShown?.(origin);
      if (signedIn && origin === 'cache') startSync();
    },
    [onListShown, signedIn, startSync],
  );

  let content: ComponentChildren;
  if (state.error && !state.auth) {
    content = (
      <div class="view">
        <ErrorNote>
          {errorMessage(state.error, locale)}{' '}
          <button type="button" class="link-button" onClick={() => void retry()}>
            {t('retry')}
          </button>
        </ErrorNote>
      </div>
    );
  } else if (!state.auth || !state.settings) {
    content = <Skeleton rows={6} label={t('loading')} />;
  } else if (state.auth.state === 'signed-out') {
    content = <SignInScreen auth={state.auth} onSignedIn={setAuth} />;
  } else {
    content = (
      <SignedInPopup
        // Another account is another popup: nothing of the last one (a drawn last view) carries over.
        key={`${state.auth.apiBaseUrl} ${state.auth.email ?? ''}`}
        auth={state.auth}
        settings={state.settings}
        resources={state.resources}
        syncing={state.syncing}
        cacheVersion={state.cacheVersion}
        onAuthChange={setAuth}
        lastPage={state.lastPage}
        onListShown={listShown}
      />
    );
  }

  return (
    <PopupTextContext.Provider value={text}>
      <div class="popup" lang={locale}>
        {content}
      </div>
    </PopupTextContext.Provider>
  );
}
