/** Ordering of the companies list: most recent, most visits or most time first; ties by name. */
import type { Locale } from '../../shared/i18n/translate';
import type { CompanySort, CompanySummary } from '../../shared/popup/types';

export const COMPANY_SORTS: readonly CompanySort[] = ['lastVisit', 'visits', 'time'];

const measure: Record<CompanySort, (company: CompanySummary) => number> = {
  lastVisit: (company) => company.lastVisitAt ?? 0,
  visits: (company) => company.visits,
  time: (company) => company.seconds,
};

export function sortCompanies(
  companies: readonly CompanySummary[],
  sort: CompanySort,
  locale: Locale,
): CompanySummary[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const value = measure[sort];
  return [...companies].sort(
    (a, b) => value(b) - value(a) || collator.compare(a.name, b.name) || a.id - b.id,
  );
}
