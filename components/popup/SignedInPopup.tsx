import { useCallback, useState } from 'preact/hooks';
import type { ListOrigin } from '../../lib/extension-pages/popup/list-marks';
import { errorMessage } from '../../lib/shared/api/error-message';
import type { AuthStatus } from '../../lib/shared/messaging/protocol';
import { pickResource } from '../../lib/shared/popup/pick-resource';
import type { ResourceOption, SessionsPage } from '../../lib/shared/popup/types';
import type { Settings } from '../../lib/shared/settings';
import { EmptyState } from '../common/EmptyState';
import { ErrorNote } from '../common/ErrorNote';
import { Skeleton } from '../common/Skeleton';
import { BlacklistView } from './BlacklistView';
import { CompaniesView } from './CompaniesView';
import { CompanyDetail } from './CompanyDetail';
import { usePopupApi, useText } from './context';
import { ExpiredBanner } from './ExpiredBanner';
import { Header } from './Header';
import { SessionsView } from './SessionsView';
import { panelId, type TabId, Tabs, tabId } from './Tabs';
import { UndoToast } from './UndoToast';
import { type HiddenCompany, useBlacklist } from './use-blacklist';

interface Props {
  auth: AuthStatus;
  settings: Settings;
  resources: ResourceOption[];
  syncing: boolean;
  cacheVersion: number;
  onAuthChange(status: AuthStatus): void;
  /** The last view's first page (see SessionsView). */
  lastPage?: SessionsPage;
  onListShown?: (origin: ListOrigin) => void;
}

type OpenCompany = HiddenCompany & { website?: string };

/** Signed in (or expired, with saved data): header, tabs, the three views, company detail, undo. */
export function SignedInPopup(props: Props) {
  const { auth, settings, resources, syncing, cacheVersion, onAuthChange } = props;
  const api = usePopupApi();
  const { t, locale } = useText();
  const [tab, setTab] = useState<TabId>('sessions');
  // Views are mounted on first visit and then kept (hidden), so filters and scroll survive tab changes.
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(new Set(['sessions']));
  // The website the user picked here; until then the settings decide (the last view's at first,
  // then the real ones).
  const [picked, setPicked] = useState<string>();
  const [company, setCompany] = useState<OpenCompany>();
  const blacklist = useBlacklist(api);

  const resource = pickResource(resources, picked ?? settings.resourceDomain);
  const canRefresh = auth.state === 'signed-in';
  const expired = auth.state === 'expired';

  const selectTab = (next: TabId) => {
    setTab(next);
    setVisited((current) => new Set([...current, next]));
  };
  const chooseResource = (domain: string) => {
    setPicked(domain);
    // Only remembered for the next opening; the list switches either way.
    api.rememberResource(domain).catch(() => {});
  };
  const openCompany = useCallback((next: OpenCompany) => setCompany(next), []);
  const blacklistCompany = (target: HiddenCompany) => {
    setCompany(undefined);
    void blacklist.hide(target);
  };

  const failure = blacklist.failure;
  const hiddenVersion = [...blacklist.hidden].sort((a, b) => a - b).join(',');

  return (
    <>
      <div class="shell" inert={company !== undefined}>
        <Header auth={auth} onAuthChange={onAuthChange} />
        {expired && <ExpiredBanner auth={auth} onSignedIn={onAuthChange} />}
        {!resource ? (
          syncing ? (
            <Skeleton rows={6} label={t('loading')} />
          ) : (
            <EmptyState
              title={expired ? t('noSavedData') : t('noResources')}
              hint={expired ? undefined : t('noResourcesHint')}
            />
          )
        ) : (
          <>
            <Tabs active={tab} onChange={selectTab} />
            <div
              role="tabpanel"
              id={panelId('sessions')}
              aria-labelledby={tabId('sessions')}
              hidden={tab !== 'sessions'}
            >
              <SessionsView
                resources={resources}
                resource={resource}
                onResourceChange={chooseResource}
                canRefresh={canRefresh}
                expired={expired}
                hidden={blacklist.hidden}
                cacheVersion={cacheVersion}
                onOpenCompany={openCompany}
                lastPage={props.lastPage}
                onListShown={props.onListShown}
              />
            </div>
            <div
              role="tabpanel"
              id={panelId('companies')}
              aria-labelledby={tabId('companies')}
              hidden={tab !== 'companies'}
            >
              {visited.has('companies') && (
                <CompaniesView
                  resource={resource}
                  hidden={blacklist.hidden}
                  cacheVersion={cacheVersion}
                  onOpenCompany={openCompany}
                />
              )}
            </div>
            <div
              role="tabpanel"
              id={panelId('blacklist')}
              aria-labelledby={tabId('blacklist')}
              hidden={tab !== 'blacklist'}
            >
              {visited.has('blacklist') && (
                <BlacklistView
                  version={`${hiddenVersion} ${cacheVersion}`}
                  onRemove={(c) => void blacklist.undo(c)}
                />
              )}
            </div>
          </>
        )}
      </div>
      {company && (
        <CompanyDetail
          company={company}
          onClose={() => setCompany(undefined)}
          onBlacklist={blacklistCompany}
        />
      )}
      <div class="toasts">
        {blacklist.lastHidden && (
          <UndoToast
            company={blacklist.lastHidden}
            onUndo={(c) => void blacklist.undo(c)}
            onDismiss={blacklist.dismissToast}
          />
        )}
        {failure && (
          <ErrorNote>
            <span dir="auto">
              {failure.action === 'add'
                ? t('blacklistFailed', failure.company.name, errorMessage(failure.error, locale))
                : t('undoFailed', errorMessage(failure.error, locale))}
            </span>{' '}
            <button type="button" class="link-button" onClick={blacklist.dismissFailure}>
              {t('close')}
            </button>
          </ErrorNote>
        )}
      </div>
    </>
  );
}
