/**
 * Long lists: 500 rows must scan in a few milliseconds in a browser (measured in `npm run bench`;
 * tests never assert times). What a test can pin down is the shape of the work: whole-document
 * queries must not grow with the number of rows, which is what makes a scan quadratic.
 */
import { describe, expect, it } from 'vitest';
import { hubspot } from '../../lib/content/crm/hubspot';
import { pipedrive } from '../../lib/content/crm/pipedrive';
import { raynet } from '../../lib/content/crm/raynet';
import { salesforce } from '../../lib/content/crm/salesforce';
import type { CrmAdapter } from '../../lib/content/crm/types';
import { clueView, loadHtml } from './load-page';

const ROWS = 500;
/** Whole-document queries one scan may make, however long the list. */
const MAX_DOCUMENT_QUERIES = 20;

function rows(render: (index: number) => string): string {
  return Array.from({ length: ROWS }, (_, index) => render(index + 1)).join('\n');
}

function countedScan(adapter: CrmAdapter, html: string, url: string) {
  const { doc, url: pageUrl } = loadHtml(html, url);
  let documentQueries = 0;
  for (const method of ['querySelector', 'querySelectorAll', 'getElementsByTagName'] as const) {
    const original = doc[method].bind(doc) as (selector: string) => unknown;
    Object.defineProperty(doc, method, {
      value: (selector: string) => {
        documentQueries += 1;
        return original(selector);
      },
    });
  }
  const findings = adapter.scan(doc, pageUrl);
  return { findings, documentQueries };
}

describe(`${ROWS}-row lists`, () => {
  it('HubSpot company index', () => {
    const html = `<table><tbody>${rows(
      (i) => `<tr><td data-table-external-id="name-${i}"><a href="/contacts/1/record/0-2/${i}">
        <span data-test-id="truncated-object-label">Firma ${i} s.r.o.</span></a></td>
        <td data-table-external-id="hubspot_owner_id-${i}">Eva Malá</td>
        <td data-table-external-id="domain-${i}">firma-${i}.cz</td></tr>`,
    )}</tbody></table>`;
    const { findings, documentQueries } = countedScan(
      hubspot,
      html,
      'https://app.hubspot.com/contacts/1/objects/0-2/views/all/list',
    );
    expect(findings).toHaveLength(ROWS);
    expect(clueView(findings).at(-1)).toEqual({
      kind: 'company',
      role: 'row',
      clues: { name: `Firma ${ROWS} s.r.o.`, website: `firma-${ROWS}.cz` },
    });
    expect(documentQueries).toBeLessThan(MAX_DOCUMENT_QUERIES);
  });

  it('Pipedrive organization list', () => {
    const html = `<div role="grid">${rows(
      (i) => `<div role="row"><div role="gridcell"><a href="/organization/${i}">Firma ${i} s.r.o.</a></div>
        <div role="gridcell"><a href="https://firma-${i}.cz">firma-${i}.cz</a></div><div role="gridcell">Eva Malá</div></div>`,
    )}</div>`;
    const { findings, documentQueries } = countedScan(
      pipedrive,
      html,
      'https://acme.pipedrive.com/organizations/list/filter/7',
    );
    expect(findings).toHaveLength(ROWS);
    expect(findings[0]?.clues).toEqual({ name: 'Firma 1 s.r.o.', website: 'https://firma-1.cz' });
    expect(documentQueries).toBeLessThan(MAX_DOCUMENT_QUERIES);
  });

  it('Salesforce LWC account list', () => {
    const id = (i: number) => `0015g00000${String(i).padStart(5, '0')}AAB`;
    const html = `<div class="oneContent active"><table><tbody>${rows(
      (
        i,
      ) => `<tr data-row-key-value="${id(i)}"><th><a href="/lightning/r/${id(i)}/view" data-recordid="${id(i)}">Firma ${i} a.s.</a></th>
        <td><lightning-formatted-url><a href="http://www.firma-${i}.cz">www.firma-${i}.cz</a></lightning-formatted-url></td></tr>`,
    )}</tbody></table></div>`;
    const { findings, documentQueries } = countedScan(
      salesforce,
      html,
      'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent',
    );
    expect(findings).toHaveLength(ROWS);
    expect(findings[ROWS - 1]?.clues).toEqual({
      name: `Firma ${ROWS} a.s.`,
      website: `http://www.firma-${ROWS}.cz`,
    });
    expect(documentQueries).toBeLessThan(MAX_DOCUMENT_QUERIES);
  });

  it('Raynet company list', () => {
    const html = `<table>${rows(
      (
        i,
      ) => `<tr role="row"><td><a href="?view=DetailView&amp;en=Company&amp;ei=${i}">Firma ${i} s.r.o.</a></td>
        <td>IČO ${i}</td><td><a href="https://firma-${i}.cz">firma-${i}.cz</a></td>
        <td><a href="mailto:info@firma-${i}.cz">info@firma-${i}.cz</a></td></tr>`,
    )}</table>`;
    const { findings, documentQueries } = countedScan(
      raynet,
      html,
      'https://app.raynet.cz/acme/?view=ListView&en=Company',
    );
    expect(findings).toHaveLength(ROWS);
    expect(findings.every((finding) => finding.role === 'row')).toBe(true);
    expect(findings[9]?.clues).toEqual({
      name: 'Firma 10 s.r.o.',
      website: 'https://firma-10.cz',
      email: 'info@firma-10.cz',
    });
    expect(documentQueries).toBeLessThan(MAX_DOCUMENT_QUERIES);
  });
});
