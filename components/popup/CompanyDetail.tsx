import { useRef } from 'preact/hooks';
import { errorMessage } from '../../lib/api/error-message';
import type { CompanyInsight } from '../../lib/insights/types';
import { formatDuration } from '../../lib/popup/format-time';
import { pluralKey } from '../../lib/popup/plural';
import { mailtoHref, telHref, websiteHref } from '../../lib/popup/safe-href';
import { actionPath, displayHost } from '../../lib/popup/url-text';
import { DetailPanel } from '../common/DetailPanel';
import { EmptyState } from '../common/EmptyState';
import { ErrorNote } from '../common/ErrorNote';
import { SafeLink } from '../common/SafeLink';
import { Skeleton } from '../common/Skeleton';
import { useNow } from '../common/use-now';
import { usePopupApi, useText } from './context';
import { TimeText } from './TimeText';
import { useAsync } from './use-async';
import type { HiddenCompany } from './use-blacklist';

interface Props {
  /** What the opener already knew, shown while the rest loads. */
  company: HiddenCompany & { website?: string };
  onClose(): void;
  onBlacklist(company: HiddenCompany): void;
}

/** Everything about one company: contacts, bands, people, visits. Text from Leady is only ever text. */
export function CompanyDetail({ company, onClose, onBlacklist }: Props) {
  const api = usePopupApi();
  const { t, locale } = useText();
  // Refresh asks Leady even when the cached details are still within their time-to-live.
  const force = useRef(false);
  const insight = useAsync(() => {
    const refresh = force.current;
    force.current = false;
    return api.company(company.id, refresh);
  }, String(company.id));
  const value = insight.value;
  const name = value?.company.name || company.name;

  const refresh = () => {
    force.current = true;
    insight.reload();
  };

  return (
    <DetailPanel
      title={name}
      backLabel={t('back')}
      onClose={onClose}
      actions={
        <>
          <button type="button" class="button button-small" onClick={refresh} disabled={insight.loading}>
            {t('refresh')}
          </button>
          <button
            type="button"
            class="button button-small button-danger"
            title={t('blacklistHint')}
            onClick={() => onBlacklist({ id: company.id, name })}
          >
            {t('blacklistAction')}
          </button>
        </>
      }
    >
      {insight.loading && value === undefined ? (
        <Skeleton rows={5} label={t('loading')} />
      ) : value === undefined || value === null ? (
        insight.error ? (
          <ErrorNote>
            {errorMessage(insight.error, locale)}{' '}
            <button type="button" class="link-button" onClick={insight.reload}>
              {t('retry')}
            </button>
          </ErrorNote>
        ) : (
          <EmptyState title={t('companyUnknown')} />
        )
      ) : (
        <CompanyFacts insight={value} />
      )}
    </DetailPanel>
  );
}

function CompanyFacts({ insight }: { insight: CompanyInsight }) {
  const { t, locale } = useText();
  const now = useNow();
  const { company, persons, visits, topPages } = insight;
  const site = displayHost(company.website);
  return (
    <>
      {insight.refreshError ? (
        <p class="freshness freshness-warn" role="status">
          {t('detailNotRefreshed', errorMessage(insight.refreshError, locale))}
        </p>
      ) : insight.detailState === 'summary' ? (
        <p class="freshness" role="status">
          {t('detailSummaryOnly')}
        </p>
      ) : null}
      <dl class="facts">
        {site && (
          <>
            <dt>{t('website')}</dt>
            <dd>
              <SafeLink href={websiteHref(company.website)}>{site}</SafeLink>
            </dd>
          </>
        )}
        {company.email && (
          <>
            <dt>{t('emailLabel')}</dt>
            <dd>
              <SafeLink href={mailtoHref(company.email)}>{company.email}</SafeLink>
            </dd>
          </>
        )}
        {company.phones.length > 0 && (
          <>
            <dt>{t('phones')}</dt>
            <dd>
              {company.phones.map((phone, index) => (
                <span class="fact-item" key={`${index}-${phone}`}>
                  <SafeLink href={telHref(phone)}>{phone}</SafeLink>
                </span>
              ))}
            </dd>
          </>
        )}
        {company.address && (
          <>
            <dt>{t('address')}</dt>
            <dd dir="auto">{company.address}</dd>
          </>
        )}
        {company.ico && (
          <>
            <dt>{t('ico')}</dt>
            <dd>{company.ico}</dd>
          </>
        )}
        {company.turnover && (
          <>
            <dt>{t('turnover')}</dt>
            <dd dir="auto">{company.turnover}</dd>
          </>
        )}
        {company.magnitude && (
          <>
            <dt>{t('employees')}</dt>
            <dd dir="auto">{company.magnitude}</dd>
          </>
        )}
        <dt>{t('visits30d')}</dt>
        <dd>
          {visits.count30d} · {formatDuration(visits.seconds30d)}
        </dd>
        {visits.lastVisitAt !== undefined && (
          <>
            <dt>{t('lastVisit')}</dt>
            <dd>
              <TimeText at={visits.lastVisitAt} now={now} />
            </dd>
          </>
        )}
      </dl>

      {(persons.length > 0 || company.contactPersons.length > 0) && (
        <>
          <h3 class="section-title">{t('contactPersons')}</h3>
          <ul class="people">
            {persons.length > 0
              ? persons.map((person) => (
                  <li class="person" key={person.id}>
                    <span class="person-name" dir="auto">
                      {person.name ?? '—'}
                    </span>
                    {person.position && (
                      <span class="person-position" dir="auto">
                        {person.position}
                      </span>
                    )}
                    {person.email && <SafeLink href={mailtoHref(person.email)}>{person.email}</SafeLink>}
                    {person.phone && <SafeLink href={telHref(person.phone)}>{person.phone}</SafeLink>}
                  </li>
                ))
              : company.contactPersons.map((person, index) => (
                  <li class="person" key={`${index}-${person}`}>
                    <span class="person-name" dir="auto">
                      {person}
                    </span>
                  </li>
                ))}
          </ul>
        </>
      )}

      {topPages.length > 0 && (
        <>
          <h3 class="section-title">{t('topPages')}</h3>
          <ol class="actions">
            {topPages.map((page) => (
              <li class="action" key={page.url}>
                <span class="action-path" dir="auto">
                  <SafeLink href={page.url}>{actionPath(page.url)}</SafeLink>
                </span>
                {page.title && (
                  <span class="action-title" dir="auto">
                    {page.title}
                  </span>
                )}
                <span class="action-seconds">{formatDuration(page.seconds)}</span>
              </li>
            ))}
          </ol>
        </>
      )}

      {visits.recent.length > 0 && (
        <>
          <h3 class="section-title">{t('recentVisits')}</h3>
          <ul class="visits">
            {visits.recent.map((visit) => {
              const at = visit.lastAt ?? visit.firstAt;
              return (
                <li class="visit" key={visit.key}>
                  {at !== undefined && <TimeText at={at} now={now} />}
                  <span class="muted">
                    {[
                      formatDuration(visit.seconds),
                      visit.pages !== undefined
                        ? t(pluralKey('pages', visit.pages, locale), visit.pages)
                        : undefined,
                      visit.resource,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
