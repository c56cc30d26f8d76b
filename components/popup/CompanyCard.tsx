import { displayHost } from '../../lib/extension-pages/popup/url-text';
import { mailtoHref, websiteHref } from '../../lib/extension-pages/safe-href';
import { stripBidiControls } from '../../lib/shared/i18n/bidi';
import type { SessionCompanyView } from '../../lib/shared/popup/types';
import { SafeLink } from '../common/SafeLink';
import { useText } from './context';

interface Props {
  company: SessionCompanyView;
  onOpen(): void;
}

/** The visiting company in a visit's detail: who it is, and the way to everything about it. */
export function CompanyCard({ company, onOpen }: Props) {
  const { t } = useText();
  const site = displayHost(company.website);
  return (
    <div class="card">
      <p class="card-label">{t('visitorCompany')}</p>
      <p class="card-title" dir="auto">
        {stripBidiControls(company.name)}
      </p>
      <p class="card-meta">
        {site && <SafeLink href={websiteHref(company.website)}>{site}</SafeLink>}
        {site && company.email && ' · '}
        {company.email && <SafeLink href={mailtoHref(company.email)}>{company.email}</SafeLink>}
      </p>
      {company.ico && (
        <p class="card-meta">
          {t('ico')} {company.ico}
        </p>
      )}
      <button type="button" class="button button-small" onClick={onOpen}>
        {t('companyDetail')}
      </button>
    </div>
  );
}
