import { pluralKey } from '../../lib/extension-pages/popup/plural';
import { actionPath, displayHost } from '../../lib/extension-pages/popup/url-text';
import { mailtoHref, telHref, websiteHref } from '../../lib/extension-pages/safe-href';
import { errorMessage } from '../../lib/shared/api/error-message';
import { formatDuration } from '../../lib/shared/i18n/format-duration';
import type { CompanyInsight } from '../../lib/shared/insights/types';
import { SafeLink } from '../common/SafeLink';
import { useNow } from '../common/use-now';
import { useText } from './context';
import { TimeText } from './TimeText';

/** The body of a company detail: contacts, bands, people, most read pages, recent visits. */
export function CompanyFacts({ insight }: { insight: CompanyInsight }) {
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
