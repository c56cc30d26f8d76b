/**
 * Searching the companies list the way Czech users type: without diacritics ("zluty kun" finds
 * "Žlutý kůň"), by website or e-mail domain, or by IČO with or without spaces.
 */
import type { CompanySummary } from '../../shared/popup/types';

/** Lower case, diacritics removed, whitespace collapsed. */
function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A query once prepared, so a list of thousands is filtered without re-folding it per row. */
interface CompanySearch {
  text: string;
  /** The query without a scheme or "www.", for domain matches. */
  domain: string;
  /** Digits only, when the query is an IČO or the start of one. */
  digits?: string;
}

function prepareSearch(query: string): CompanySearch | undefined {
  const text = foldText(query);
  if (text === '') return undefined;
  const domain = text
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
  const compact = text.replace(/\s/g, '');
  return { text, domain, digits: /^\d{2,}$/.test(compact) ? compact : undefined };
}

function matchesCompany(
  search: CompanySearch | undefined,
  company: Pick<CompanySummary, 'name' | 'domains' | 'ico' | 'website'>,
): boolean {
  if (!search) return true;
  if (foldText(company.name).includes(search.text)) return true;
  if (search.domain && company.domains.some((domain) => domain.includes(search.domain))) return true;
  if (search.domain && company.website && foldText(company.website).includes(search.domain)) return true;
  if (search.digits && company.ico?.replace(/\s/g, '').includes(search.digits)) return true;
  return false;
}

export function searchCompanies<T extends Pick<CompanySummary, 'name' | 'domains' | 'ico' | 'website'>>(
  companies: readonly T[],
  query: string,
): T[] {
  const search = prepareSearch(query);
  return search ? companies.filter((company) => matchesCompany(search, company)) : [...companies];
}
