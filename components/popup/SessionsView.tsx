import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ListOrigin } from '../../lib/extension-pages/popup/list-marks';
import { errorMessage } from '../../lib/shared/api/error-message';
import { DEFAULT_FILTERS } from '../../lib/shared/popup/filters';
import type {
  ResourceOption,
  SavedFilterOption,
  SessionFilterState,
  SessionRow,
  SessionsPage,
} from '../../lib/shared/popup/types';
import { EmptyState } from '../common/EmptyState';
import { ErrorNote } from '../common/ErrorNote';
import { Skeleton } from '../common/Skeleton';
import { useNow } from '../common/use-now';
import { usePopupApi, useText } from './context';
import { Freshness } from './Freshness';
import { SessionDetail } from './SessionDetail';
import { SessionFilters } from './SessionFilters';
import { SessionRowItem } from './SessionRowItem';
import type { HiddenCompany } from './use-blacklist';
import { useSessionList } from './use-session-list';

interface Props {
  resources: ResourceOption[];
  resource: string;
  onResourceChange(domain: string): void;
  canRefresh: boolean;
  expired: boolean;
  hidden: ReadonlySet<number>;
  /** Bumped when the background says the cache changed (a sync finished). */
  cacheVersion: number;
  onOpenCompany(company: HiddenCompany & { website?: string }): void;
  /** The last view's first page, to show until the cache answers (see use-session-list.ts). */
  lastPage?: SessionsPage;
  /** Called once per origin, when a list from it is first on screen. */
  onListShown?: (origin: ListOrigin) => void;
}

/** Recent visits of one tracked website: filters, freshness, the list, Load more, and a visit's detail. */
export function SessionsView(props: Props) {
  const { resources, resource, onResourceChange, canRefresh, expired, hidden, cacheVersion } = props;
  const api = usePopupApi();
  const { t, locale, timeZone } = useText();
  const now = useNow();
  const [filters, setFilters] = useState<SessionFilterState>(DEFAULT_FILTERS);
  const [savedFilters, setSavedFilters] = useState<SavedFilterOption[]>([]);
  const [open, setOpen] = useState<SessionRow>();
  const { state, loadMore, updateRow, reloadFromCache, retry } = useSessionList(api, {
    resource,
    filters,
    canRefresh,
    timeZone,
    hidden,
    lastPage: props.lastPage,
  });

  // A saved filter belongs to one website: another website starts without it (one render, one query).
  const changeResource = (domain: string) => {
    setFilters((current) =>
      current.savedFilterId === undefined ? current : { ...current, savedFilterId: undefined },
    );
    onResourceChange(domain);
  };

  useEffect(() => {
    if (!canRefresh) return;
    let live = true;
    api.savedFilters(resource).then(
      (list) => live && setSavedFilters(list),
      // Without saved filters the list still works; the control simply is not offered.
      () => live && setSavedFilters([]),
    );
    return () => {
      live = false;
    };
  }, [api, resource, canRefresh]);
  useEffect(() => {
    if (cacheVersion > 0) reloadFromCache();
  }, [cacheVersion]);

  // A visit of a company just blacklisted is gone from the list: its detail goes too.
  const openCompany = open?.company?.id;
  useEffect(() => {
    if (openCompany !== undefined && hidden.has(openCompany)) setOpen(undefined);
  }, [openCompany, hidden]);

  const shown = useRef(new Set<ListOrigin>());
  useLayoutEffect(() => {
    if (state.source !== 'cache') return;
    const origin: ListOrigin = state.seeded ? 'last-view' : 'cache';
    if (shown.current.has(origin)) return;
    shown.current.add(origin);
    props.onListShown?.(origin);
  }, [state.source, state.seeded]);

  const rows = state.rows.filter((row) => !row.company || !hidden.has(row.company.id));
  const busy = state.phase === 'loading';

  return (
    <div class="view">
      <div class="view-content" inert={open !== undefined}>
        <SessionFilters
          resources={resources}
          resource={resource}
          onResourceChange={changeResource}
          filters={filters}
          savedFilters={savedFilters}
          onChange={setFilters}
        />
        <Freshness
          now={now}
          source={state.source}
          updatedAt={state.updatedAt}
          refreshing={state.refreshing && !busy}
          refreshError={state.refreshError}
          expired={expired}
          online={api.online()}
          onRetry={retry}
        />
        {busy ? (
          <Skeleton rows={6} label={t('loading')} />
        ) : rows.length === 0 ? (
          state.refreshError ? (
            <ErrorNote urgency="status">
              {errorMessage(state.refreshError, locale)}{' '}
              <button type="button" class="link-button" onClick={retry}>
                {t('retry')}
              </button>
            </ErrorNote>
          ) : canRefresh ? (
            <EmptyState title={t('noVisits')} hint={t('noVisitsHint')} />
          ) : (
            <EmptyState title={t('noSavedData')} />
          )
        ) : (
          <>
            <ul class="rows" aria-label={t('visitsListLabel')} aria-busy={state.refreshing}>
              {rows.map((row) => (
                <SessionRowItem key={row.key} row={row} now={now} onOpen={(selected) => setOpen(selected)} />
              ))}
            </ul>
            {state.hasMore && (
              <div class="more">
                <button
                  type="button"
                  class="button button-wide"
                  onClick={() => void loadMore()}
                  disabled={state.loadingMore}
                >
                  {state.loadingMore ? t('loadingMore') : t('loadMore')}
                </button>
                {state.moreError && <ErrorNote>{errorMessage(state.moreError, locale)}</ErrorNote>}
              </div>
            )}
          </>
        )}
      </div>
      {open && (
        <SessionDetail
          row={open}
          now={now}
          onClose={() => setOpen(undefined)}
          onActions={(patch) => updateRow(open.key, patch)}
          onOpenCompany={props.onOpenCompany}
        />
      )}
    </div>
  );
}
