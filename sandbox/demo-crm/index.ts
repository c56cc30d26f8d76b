/**
 * The demo CRM pages the sandbox serves under `/demo/`: each supported CRM's record and list pages,
 * filled with seeded companies (some known to Leady, some not, one hostile). Keys are paths under
 * `/demo/`, with the query string where the CRM puts the record in it (Raynet); `''` is the index.
 *
 *   const pages = renderDemoPages(sandbox.data);
 *   const html = demoPage(pages, url);   // url: the request URL, e.g. /demo/hubspot/contacts/…
 */
import type { SeedData } from '../seed/types';
import { type DemoCompany, demoCast } from './cast';
import { esc, page } from './html';
import { HUBSPOT_PORTAL, hubspotCompanyList, hubspotCompanyRecord, hubspotContactRecord } from './hubspot';
import { pipedriveOrganization, pipedriveOrganizationList, pipedrivePerson } from './pipedrive';
import { PLAIN_TABLE_PATH, plainCompanyTable } from './plain-table';
import {
  RAYNET_INSTANCE,
  raynetCompanyDetail,
  raynetCompanyDetailWithoutHeading,
  raynetCompanyList,
  raynetDetailQuery,
} from './raynet';
import { salesforceAccount, salesforceAccountList, salesforceContact, salesforceId } from './salesforce';

const DEMO_PREFIX = '/demo/';

/** Known and unknown companies interleaved, the hostile one in the middle; some rows name only. */
function listRows(
  known: DemoCompany[],
  unknown: DemoCompany[],
  hostile: DemoCompany,
  from: number,
): DemoCompany[] {
  const mine = known.slice(from, from + 5);
  const rows: DemoCompany[] = [];
  mine.forEach((company, index) => {
    // Every other known row shows no website: it is matched by its name alone.
    rows.push(index % 2 === 1 ? { name: company.name, leadyId: company.leadyId } : company);
    const stranger = unknown[index];
    if (stranger) rows.push(stranger);
    if (index === 2) rows.push(hostile);
  });
  return rows;
}

export function renderDemoPages(data: SeedData): Map<string, string> {
  const { known, unknown, hostile, people } = demoCast(data);
  const pages = new Map<string, string>();
  const at = (index: number) => known[index % known.length]!;
  const person = (index: number) => people[index % people.length];
  const hs = `hubspot/contacts/${HUBSPOT_PORTAL}`;

  pages.set(`${hs}/record/0-2/10123456000`, hubspotCompanyRecord(at(0)));
  pages.set(`${hs}/record/0-2/10123456001`, hubspotCompanyRecord(unknown[0]!));
  pages.set(`${hs}/objects/0-2/views/all/list`, hubspotCompanyList(listRows(known, unknown, hostile, 0)));
  pages.set(`pipedrive/organization/4200`, pipedriveOrganization(at(1)));
  pages.set(
    `pipedrive/organizations/list/filter/7`,
    pipedriveOrganizationList(listRows(known, unknown, hostile, 3)),
  );
  pages.set(`salesforce/lightning/r/Account/${salesforceId('001', 1)}/view`, salesforceAccount(at(2)));
  pages.set(
    `salesforce/lightning/o/Account/list`,
    salesforceAccountList(listRows(known, unknown, hostile, 6)),
  );
  pages.set(`raynet/${RAYNET_INSTANCE}/${raynetDetailQuery(700)}`, raynetCompanyDetail(at(3)));
  pages.set(
    `raynet/${RAYNET_INSTANCE}/?view=ListView&en=Company`,
    raynetCompanyList(listRows(known, unknown, hostile, 8)),
  );
  pages.set(`raynet/${RAYNET_INSTANCE}/${raynetDetailQuery(701)}`, raynetCompanyDetailWithoutHeading(at(4)));
  // Every row with its website and e-mail: each known one is one company named three ways.
  pages.set(
    PLAIN_TABLE_PATH,
    plainCompanyTable(known.slice(5, 9).flatMap((company, i) => [company, unknown[i]!])),
  );
  const [first, second, third] = [person(0), person(1), person(2)];
  if (first) pages.set(`${hs}/record/0-1/51`, hubspotContactRecord(first));
  if (second) pages.set(`pipedrive/person/1001`, pipedrivePerson(second, 4201));
  if (third)
    pages.set(
      `salesforce/lightning/r/Contact/${salesforceId('003', 1)}/view`,
      salesforceContact(third, salesforceId('001', 2)),
    );
  pages.set('', demoIndex([...pages.keys()]));
  return pages;
}

function demoIndex(paths: string[]): string {
  const items = paths.map((path) => `<li><a href="${DEMO_PREFIX}${esc(path)}">${esc(path)}</a></li>`);
  return page(
    'Leady sandbox – demo CRM',
    'ukázkové stránky CRM',
    `<main><h1>Ukázkové stránky CRM</h1>
<p>Stránky napodobují HubSpot, Pipedrive, Salesforce a Raynet. Firmy, které navštívily sledované weby, označí rozšíření Leady odznakem.</p>
<ul>
${items.join('\n')}
</ul></main>`,
  );
}

/** The page for a request URL (or a path with its query), or undefined outside `/demo/`. */
export function demoPage(pages: ReadonlyMap<string, string>, url: URL | string): string | undefined {
  const parsed = typeof url === 'string' ? new URL(url, 'http://127.0.0.1') : url;
  if (!`${parsed.pathname}/`.startsWith(DEMO_PREFIX)) return undefined;
  const path = parsed.pathname.slice(DEMO_PREFIX.length).replace(/\/index\.html$/, '');
  return pages.get(path + parsed.search) ?? pages.get(path);
}
