import { useEffect } from 'preact/hooks';
import { formatDateTime, formatExact } from '../../lib/extension-pages/popup/format-time';
import { pluralKey } from '../../lib/extension-pages/popup/plural';
import { actionPath, referrerHost } from '../../lib/extension-pages/popup/url-text';
import { safeHref } from '../../lib/extension-pages/safe-href';
import { errorMessage } from '../../lib/shared/api/error-message';
import { formatDuration } from '../../lib/shared/i18n/format-duration';
import type { SessionActions, SessionRow } from '../../lib/shared/popup/types';
import { DetailPanel } from '../common/DetailPanel';
import { ErrorNote } from '../common/ErrorNote';
import { SafeLink } from '../common/SafeLink';
import { Skeleton } from '../common/Skeleton';
import { CompanyCard } from './CompanyCard';
import { usePopupApi, useText } from './context';
import { useAsync } from './use-async';
import type { HiddenCompany } from './use-blacklist';

interface Props {
  row: SessionRow;
  now: number;
  onClose(): void;
  /** Page views arrived: the row's duration and page count can be exact now. */
  onActions(patch: Pick<SessionRow, 'seconds' | 'pages'>): void;
  onOpenCompany(company: HiddenCompany & { website?: string }): void;
}

/** One visit: when, how long, where from, the company, and its page views (fetched once, then cached). */
export function SessionDetail({ row, onClose, onActions, onOpenCompany }: Props) {
  const api = usePopupApi();
  const { t, locale, timeZone } = useText();
  const actions = useAsync<SessionActions>(() => api.sessionActions(row.key), row.key);
  const host = referrerHost(row.referrer);

  const loaded = actions.value;
  useEffect(() => {
    if (loaded) onActions({ seconds: loaded.seconds, pages: loaded.pages });
  }, [loaded]);

  const start = row.firstAt ?? row.lastAt;
  const seconds = loaded?.seconds ?? row.seconds;
  const pages = loaded?.pages ?? row.pages;

  return (
    <DetailPanel title={row.company?.name ?? t('unidentified')} backLabel={t('back')} onClose={onClose}>
      <dl class="facts">
        {start !== undefined && (
          <>
            <dt>{t('started')}</dt>
            <dd title={formatExact(start, locale, timeZone)}>{formatDateTime(start, locale, timeZone)}</dd>
          </>
        )}
        <dt>{t('duration')}</dt>
        <dd>
          {formatDuration(seconds)}
          {pages !== undefined && ` · ${t(pluralKey('pages', pages, locale), pages)}`}
        </dd>
        <dt>{t('source')}</dt>
        <dd>{host ? <SafeLink href={safeHref(row.referrer)}>{host}</SafeLink> : t('directVisit')}</dd>
        {row.searchQuery && (
          <>
            <dt>{t('searchQuery')}</dt>
            <dd dir="auto">{row.searchQuery}</dd>
          </>
        )}
      </dl>
      {row.company && (
        <CompanyCard
          company={row.company}
          onOpen={() => {
            const company = row.company;
            if (company) onOpenCompany({ id: company.id, name: company.name, website: company.website });
          }}
        />
      )}
      <h3 class="section-title">{t('pagesViewed')}</h3>
      {actions.loading && !loaded ? (
        <Skeleton rows={3} label={t('loading')} />
      ) : actions.error && !loaded ? (
        <ErrorNote>
          {errorMessage(actions.error, locale)}{' '}
          <button type="button" class="link-button" onClick={actions.reload}>
            {t('retry')}
          </button>
        </ErrorNote>
      ) : loaded && loaded.actions.length > 0 ? (
        <ol class="actions">
          {loaded.actions.map((action, index) => (
            <li class="action" key={`${index}-${action.location}`}>
              <span class="action-path" dir="auto">
                <SafeLink href={action.location}>{actionPath(action.location)}</SafeLink>
              </span>
              {action.title && (
                <span class="action-title" dir="auto">
                  {action.title}
                </span>
              )}
              {action.seconds !== undefined && (
                <span class="action-seconds">{formatDuration(action.seconds)}</span>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t('noPageViews')}</p>
      )}
    </DetailPanel>
  );
}
