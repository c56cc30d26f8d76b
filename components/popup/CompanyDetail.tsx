import { useRef } from 'preact/hooks';
import { errorMessage } from '../../lib/shared/api/error-message';
import { stripBidiControls } from '../../lib/shared/i18n/bidi';
import { DetailPanel } from '../common/DetailPanel';
import { EmptyState } from '../common/EmptyState';
import { ErrorNote } from '../common/ErrorNote';
import { Skeleton } from '../common/Skeleton';
import { CompanyFacts } from './CompanyFacts';
import { usePopupApi, useText } from './context';
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
  const name = stripBidiControls(value?.company.name || company.name);

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
