/** Cached sessions as list rows: the session record joined with what is known of its company. */

import type { SessionCompanyView, SessionRow } from '../../shared/popup/types';
import type { SessionCompany } from '../api/schemas';
import type { CompanyRecord, SessionRecord } from '../cache/schema';
import { UNIDENTIFIED } from '../cache/schema';
import { sessionSeconds } from '../insights/visit-stats';
import { sessionPages } from './aggregate';

type CompanySource = Pick<CompanyRecord, 'id' | 'name' | 'website' | 'email' | 'territory' | 'ico'>;

function companyView(company: CompanySource | SessionCompany): SessionCompanyView {
  return {
    id: company.id,
    name: company.name,
    website: company.website,
    email: company.email,
    territory: company.territory,
    ico: 'ico' in company ? company.ico : undefined,
  };
}

/**
 * `company` is the cached company, or the one the API just embedded in the session. An identified
 * session whose company is unknown here is still listed, under its id, rather than dropped.
 */
export function sessionRow(
  session: SessionRecord,
  company: CompanySource | SessionCompany | undefined,
): SessionRow {
  const row: SessionRow = {
    key: session.key,
    id: session.id,
    resource: session.resource,
    firstAt: session.firstAt,
    lastAt: session.lastAt || undefined,
    seconds: sessionSeconds(session),
    pages: sessionPages(session),
    referrer: session.referrer,
    searchQuery: session.searchQuery,
  };
  if (session.companyId !== UNIDENTIFIED) {
    row.company = company ? companyView(company) : { id: session.companyId, name: `#${session.companyId}` };
  }
  return row;
}
