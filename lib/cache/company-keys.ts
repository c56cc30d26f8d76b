import { emailDomainKey, normalizeCompanyName, normalizeIco, websiteKey } from '../matching';

/**
 * The lookup keys stored with a company (indexed in IndexedDB), derived by the same functions the
 * matcher uses, so the cache and the match index never disagree on what "the same company" is.
 */
export function companyKeys(company: { name: string; website?: string; email?: string; ico?: string }): {
  domains: string[];
  nameKey?: string;
  ico?: string;
} {
  const domains = new Set<string>();
  const site = websiteKey(company.website);
  if (site) domains.add(site);
  const mail = emailDomainKey(company.email);
  if (mail) domains.add(mail);
  return {
    domains: [...domains],
    nameKey: normalizeCompanyName(company.name),
    ico: normalizeIco(company.ico),
  };
}
