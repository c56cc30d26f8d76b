import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { pluralKey } from '../../lib/extension-pages/popup/plural';
import { searchCompanies } from '../../lib/extension-pages/popup/search';
import { COMPANY_SORTS, sortCompanies } from '../../lib/extension-pages/popup/sort';
import { displayHost } from '../../lib/extension-pages/popup/url-text';
import { errorMessage } from '../../lib/shared/api/error-message';
import { stripBidiControls } from '../../lib/shared/i18n/bidi';
import { formatDuration } from '../../lib/shared/i18n/format-duration';
import type { CompanySort, CompanySummary } from '../../lib/shared/popup/types';
import { EmptyState } from '../common/EmptyState';
import { ErrorNote } from '../common/ErrorNote';
import { Skeleton } from '../common/Skeleton';
import { useNow } from '../common/use-now';
import { usePopupApi, useText } from './context';
import { TimeText } from './TimeText';
import { useAsync } from './use-async';
import type { HiddenCompany } from './use-blacklist';

interface Props {
  resource: string;
  hidden: ReadonlySet<number>;
  cacheVersion: number;
  onOpenCompany(company: HiddenCompany & { website?: string }): void;
}

/** Rows rendered at first; thousands of companies would make the popup sluggish for no one's benefit. */
const PAGE = 100;
const SORT_KEYS = { lastVisit: 'sortLastVisit', visits: 'sortVisits', time: 'sortTime' } as const;

/** Identified companies of the website, from the cache: searchable, sortable. */
export function CompaniesView({ resource, hidden, cacheVersion, onOpenCompany }: Props) {
  const api = usePopupApi();
  const { t, locale } = useText();
  const id = useId();
  const now = useNow();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<CompanySort>('lastVisit');
  const [shown, setShown] = useState(PAGE);
  const companies = useAsync(() => api.companies(resource, [...hidden]), `${resource} ${cacheVersion}`);

  useEffect(() => setShown(PAGE), [query, sort, resource]);

  const shownCompanies = useMemo(
    () => (companies.value ?? []).filter((company) => !hidden.has(company.id)),
    [companies.value, hidden],
  );
  const visible = useMemo(
    () => sortCompanies(searchCompanies(shownCompanies, query), sort, locale),
    [shownCompanies, query, sort, locale],
  );
  const total = shownCompanies.length;

  return (
    <div class="view">
      <div class="filters">
        <label class="filter filter-grow" for={`${id}-search`}>
          <span class="filter-label">{t('searchCompanies')}</span>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
            autoComplete="off"
          />
        </label>
        <label class="filter" for={`${id}-sort`}>
          <span class="filter-label">{t('sortBy')}</span>
          <select
            id={`${id}-sort`}
            value={sort}
            onChange={(event) => setSort(event.currentTarget.value as CompanySort)}
          >
            {COMPANY_SORTS.map((option) => (
              <option key={option} value={option}>
                {t(SORT_KEYS[option])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="freshness" role="status" aria-live="polite">
        {companies.value &&
          `${t(pluralKey('companies', visible.length, locale), visible.length)} · ${t('companiesScope', resource)}`}
      </p>
      {companies.loading && !companies.value ? (
        <Skeleton rows={6} label={t('loading')} />
      ) : companies.error && !companies.value ? (
        <ErrorNote>
          {errorMessage(companies.error, locale)}{' '}
          <button type="button" class="link-button" onClick={companies.reload}>
            {t('retry')}
          </button>
        </ErrorNote>
      ) : total === 0 ? (
        <EmptyState title={t('noCompanies')} hint={t('noCompaniesHint')} />
      ) : visible.length === 0 ? (
        <EmptyState title={t('noMatches', query.trim())} />
      ) : (
        <>
          <ul class="rows" aria-label={t('companiesListLabel')}>
            {visible.slice(0, shown).map((company) => (
              <CompanyRow key={company.id} company={company} now={now} onOpen={onOpenCompany} />
            ))}
          </ul>
          {visible.length > shown && (
            <div class="more">
              <button type="button" class="button button-wide" onClick={() => setShown(shown + PAGE)}>
                {t('showMore')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function CompanyRow({
  company,
  now,
  onOpen,
}: {
  company: CompanySummary;
  now: number;
  onOpen: Props['onOpenCompany'];
}) {
  const { t, locale } = useText();
  const meta = [
    t(pluralKey('visits', company.visits, locale), company.visits),
    formatDuration(company.seconds),
    company.pages !== undefined ? t(pluralKey('pages', company.pages, locale), company.pages) : undefined,
    displayHost(company.website),
  ].filter(Boolean);
  return (
    <li class="row">
      <button
        type="button"
        class="row-button"
        onClick={() => onOpen({ id: company.id, name: company.name, website: company.website })}
      >
        <span class="row-line">
          <span class="row-title" dir="auto">
            {stripBidiControls(company.name)}
          </span>
          {company.lastVisitAt !== undefined && (
            <TimeText class="row-time" at={company.lastVisitAt} now={now} />
          )}
        </span>
        <span class="row-meta" dir="auto">
          {meta.join(' · ')}
        </span>
      </button>
    </li>
  );
}
