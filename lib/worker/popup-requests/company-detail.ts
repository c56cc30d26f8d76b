import type { CompanyInsight } from '../../shared/insights/types';
import { getCompanyDetail } from '../cache/details';
import { companyInsight } from '../insights/company-insight';
import { bandLabel, needsCodeList } from './bands';
import type { CodeLists } from './code-lists';
import type { PopupBackground } from './popup-background';

/**
 * The popup's company detail: the shared company insight (details, persons, visits; cached data
 * with the refresh error when Leady cannot be reached), with turnover and employee bands as labels.
 */
export async function companyDetail(
  { services, matcher }: PopupBackground,
  codeLists: CodeLists,
  companyId: number,
  refresh: boolean,
): Promise<CompanyInsight | null> {
  const insight = await companyInsight(services, companyId, {
    priority: 'interactive',
    refresh,
    onStored: (company, persons) => {
      if (company) matcher.updateCompanies([company]);
      matcher.updatePersons(persons);
    },
  });
  if (!insight) return null;

  const detail = (await getCompanyDetail(await services.cache(), companyId))?.detail;
  const turnover = detail?.turnover ?? insight.company.turnover;
  const magnitude = detail?.magnitude ?? insight.company.magnitude;
  const country = detail?.global_country;
  const [turnovers, magnitudes] = await Promise.all([
    needsCodeList(turnover, detail?.turnover_numeric) ? codeLists.get('turnovers', country) : undefined,
    needsCodeList(magnitude) ? codeLists.get('magnitudes', country) : undefined,
  ]);
  return {
    ...insight,
    company: {
      ...insight.company,
      turnover: bandLabel(turnover, detail?.turnover_numeric, turnovers),
      magnitude: bandLabel(magnitude, undefined, magnitudes),
    },
  };
}
