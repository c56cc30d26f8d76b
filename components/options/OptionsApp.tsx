import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { toErrorData } from '../../lib/shared/api/error-data';
import { errorMessage } from '../../lib/shared/api/error-message';
import { resolveLocale } from '../../lib/shared/i18n/translate';
import type { AuthStatus } from '../../lib/shared/messaging/protocol';
import type { Settings } from '../../lib/shared/settings';
import { ErrorNote } from '../common/ErrorNote';
import { AccountSection } from './AccountSection';
import { ApiSection } from './ApiSection';
import { CacheSection } from './CacheSection';
import { CustomSitesSection } from './CustomSitesSection';
import { OptionsTextContext, optionsText, useOptionsApi } from './context';
import { DiagnosticsSection } from './DiagnosticsSection';
import { LanguageSection } from './LanguageSection';
import { SitesSection } from './SitesSection';
import { SyncSection } from './SyncSection';

/** The options page: loads settings and the account, then one section per concern. */
export function OptionsApp() {
  const api = useOptionsApi();
  const [settings, setSettings] = useState<Settings>();
  const [auth, setAuth] = useState<AuthStatus>();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string>();
  const locale = resolveLocale(settings?.locale, api.uiLanguage());
  const text = useMemo(() => optionsText(locale), [locale]);
  const { t } = text;

  useEffect(() => {
    Promise.all([api.settings(), api.authStatus()]).then(
      ([loadedSettings, loadedAuth]) => {
        setSettings(loadedSettings);
        setAuth(loadedAuth);
      },
      (thrown: unknown) => setError(errorMessage(toErrorData(thrown), locale)),
    );
    return api.onEvent((event) => {
      if (event.event === 'auth.changed') setAuth(event.status);
    });
    // Loaded once; the locale only words a failure to load.
  }, [api]);

  useEffect(() => {
    document.title = t('title');
    document.documentElement.lang = locale;
  }, [t, locale]);

  const change = useCallback(
    async (patch: Partial<Settings>) => {
      setSaved(false);
      setError(undefined);
      try {
        setSettings(await api.saveSettings(patch));
        setSaved(true);
      } catch (thrown) {
        setError(errorMessage(toErrorData(thrown), locale));
      }
    },
    [api, locale],
  );

  return (
    <OptionsTextContext.Provider value={text}>
      <main class="options">
        <h1 class="options-title">{t('title')}</h1>
        {error && <ErrorNote>{error}</ErrorNote>}
        {!settings || !auth ? (
          !error && <p role="status">{t('loading')}</p>
        ) : (
          <>
            <AccountSection auth={auth} onAuthChange={setAuth} />
            <ApiSection
              settings={settings}
              auth={auth}
              onSaved={(next, status) => {
                setSettings(next);
                setAuth(status);
              }}
            />
            <SyncSection settings={settings} onChange={(patch) => void change(patch)} />
            <SitesSection settings={settings} onChange={(patch) => void change(patch)} />
            <CustomSitesSection
              origins={settings.customOrigins}
              apiBaseUrl={settings.apiBaseUrl ?? api.defaultApiBaseUrl}
              onChange={(customOrigins) => setSettings({ ...settings, customOrigins })}
            />
            <LanguageSection settings={settings} onChange={(patch) => void change(patch)} />
            <CacheSection />
            <DiagnosticsSection />
          </>
        )}
        <p class="saved" role="status" aria-live="polite">
          {saved ? t('saved') : ''}
        </p>
      </main>
    </OptionsTextContext.Provider>
  );
}
