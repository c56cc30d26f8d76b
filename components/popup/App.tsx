import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { errorMessage } from '../../lib/api/error-message';
import { resolveLocale } from '../../lib/i18n/translate';
import { ErrorNote } from '../common/ErrorNote';
import { Skeleton } from '../common/Skeleton';
import { PopupTextContext, popupText, usePopupApi } from './context';
import { SignedInPopup } from './SignedInPopup';
import { SignInScreen } from './SignInScreen';
import { usePopupState } from './use-popup-state';

interface Props {
  /** Called once when the first list from the cache is on screen (performance mark). */
  onFirstList?: () => void;
}

/** The popup: loads the account and settings, then the sign-in screen or the signed-in views. */
export function App({ onFirstList }: Props) {
  const api = usePopupApi();
  const { state, setAuth, retry } = usePopupState(api);
  const locale = resolveLocale(state.settings?.locale, api.uiLanguage());
  const text = useMemo(() => popupText(locale, api.timeZone()), [locale, api]);
  const { t } = text;
  const signedIn = state.auth?.state === 'signed-in';

  useEffect(() => {
    if (!signedIn) return;
    // Opening the popup is the moment to catch up; the answer comes as sync/cache events.
    api.syncNow().catch(() => {});
    api.acknowledgeNewCompanies().catch(() => {});
  }, [api, signedIn]);

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
        auth={state.auth}
        settings={state.settings}
        resources={state.resources}
        syncing={state.syncing}
        cacheVersion={state.cacheVersion}
        onAuthChange={setAuth}
        onFirstList={onFirstList}
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
