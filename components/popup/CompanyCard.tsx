import { stripBidiControls } from '../../lib/i18n/bidi';
import { mailtoHref, websiteHref } from '../../lib/links/safe-href';
import type { SessionCompanyView } from '../../lib/popup/types';
import { displayHost } from '../../lib/popup/url-text';
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
