/**
 * `page.card`: everything the overlay card shows about one company, fetched at interactive priority
 * when details are missing or stale. Fresh details and persons go into the match index at once, so
 * the next scan can match the company's people by name.
 */
import { LeadyError } from '../../shared/api/errors';
import type { CompanyInsight } from '../../shared/insights/types';
import { accountItem } from '../account-items';
import type { BackgroundContext } from '../context';
import { companyInsight } from '../insights/company-insight';

/** `onDetails`: fresh details were stored for the company (its badge summary may have changed). */
export async function companyCard(
  context: BackgroundContext,
  companyId: number,
  onDetails: (companyId: number) => void,
): Promise<CompanyInsight> {
  const { state } = await accountItem.getValue();
  if (state !== 'signed-in') {
    throw new LeadyError({
      kind: state === 'expired' ? 'unauthorized' : 'signed-out',
      endpoint: 'page.card',
      message: `Not signed in (${state})`,
    });
  }
  const { matcher } = context;
  const insight = await companyInsight(context.services, companyId, {
    priority: 'interactive',
    onStored: (company, persons) => {
      onDetails(companyId);
      if (company) matcher.updateCompanies([company]);
      matcher.updatePersons(persons);
    },
  });
  if (!insight) {
    throw new LeadyError({
      kind: 'not-found',
      endpoint: 'page.card',
      message: `Company ${companyId} is not cached`,
    });
  }
  return insight;
}
