// @vitest-environment happy-dom
/**
 * The demo CRM pages: every page is read by the adapter its URL picks, and what the scanners find
 * matches Leady's companies as a synced cache would (names, websites and e-mails from sessions;
 * no IČO, which only arrives with details): known companies match, unknown ones do not.
 */
import { describe, expect, it } from 'vitest';
import { chooseAdapter } from '../../lib/content/crm/choose-adapter';
import { allAdapters } from '../../lib/content/crm/pick-adapter';
import type { PageFinding } from '../../lib/content/crm/types';
import { createMatchIndex, type MatchQuery, matchQueries } from '../../lib/shared/matching';
import { demoCast } from '../../sandbox/demo-crm/cast';
import { demoPage, renderDemoPages } from '../../sandbox/demo-crm/index';
import { PLAIN_TABLE_PATH } from '../../sandbox/demo-crm/plain-table';
import { createSeedData } from '../../sandbox/seed';
import { loadHtml } from '../crm/load-page';

const data = createSeedData({ seed: 1, scale: 20_000, now: new Date('2026-11-20T10:00:00Z') });
const pages = renderDemoPages(data);
const cast = demoCast(data);
const ORIGIN = 'http://127.0.0.1:8787';

function syncedIndex() {
  const index = createMatchIndex();
  for (const company of data.companies) {
    index.addCompany({
      id: company.id,
      name: company.name,
      website: company.website ?? undefined,
      email: company.email ?? undefined,
    });
  }
  return index;
}

function scan(path: string): PageFinding[] {
  const url = new URL(`${ORIGIN}/demo/${path}`);
  const { adapter, url: crmUrl } = chooseAdapter(url, allAdapters);
  // The plain table stands for a site the user added: only it is read by the generic scanner.
  expect(adapter.id === 'generic').toBe(path === PLAIN_TABLE_PATH);
  return adapter.scan(loadHtml(pages.get(path)!, url.href).doc, crmUrl);
}

function match(findings: PageFinding[]) {
  const queries = findings.map((finding, index) => ({
    id: String(index),
    kind: finding.kind,
    clues: finding.clues,
  }));
  return matchQueries(syncedIndex(), queries as MatchQuery[]);
}

const demoPaths = [...pages.keys()].filter((path) => path !== '');

describe('demo CRM pages', () => {
  it('cover record and list pages of every CRM, with an index linking them', () => {
    for (const crm of ['hubspot', 'pipedrive', 'salesforce', 'raynet']) {
      expect(demoPaths.filter((path) => path.startsWith(crm)).length).toBeGreaterThanOrEqual(2);
    }
    expect(demoPaths.some((path) => path.includes('/record/0-1/'))).toBe(true);
    expect(demoPaths.some((path) => path.includes('/r/Contact/'))).toBe(true);
    expect(demoPaths.some((path) => path.startsWith('pipedrive/person/'))).toBe(true);
    const index = pages.get('')!;
    for (const path of demoPaths) expect(index).toContain(`href="/demo/${path.replace(/&/g, '&amp;')}"`);
  });

  /** The record of a company Leady does not know: found, but not matched. */
  const unknownRecord = 'hubspot/contacts/4455667/record/0-2/10123456001';

  it.each(demoPaths)('%s: the adapter finds something, and known companies match', (path) => {
    const findings = scan(path);
    expect(findings.length).toBeGreaterThan(0);
    const results = match(findings);
    const matched = results.filter((result) => result.state === 'matched');
    if (path === unknownRecord) {
      expect(results.every((result) => result.state === 'none')).toBe(true);
      return;
    }
    expect(matched.length).toBeGreaterThan(0);
    const knownIds = new Set([...cast.known.map((c) => c.leadyId), cast.hostile.leadyId]);
    for (const result of matched) expect(knownIds.has(result.companyId)).toBe(true);
  });

  it('badges known list rows by website or by name, and never the unknown ones', () => {
    for (const path of demoPaths.filter((p) => /list|ListView/.test(p))) {
      const findings = scan(path);
      const results = match(findings);
      findings.forEach((finding, index) => {
        const name = finding.kind === 'company' ? finding.clues.name : undefined;
        const result = results[index]!;
        if (cast.unknown.some((company) => company.name === name)) expect(result.state).toBe('none');
        const known = cast.known.find((company) => company.name === name);
        if (known) expect(result).toMatchObject({ state: 'matched', companyId: known.leadyId });
        if (name === cast.hostile.name)
          expect(result).toMatchObject({ state: 'matched', companyId: data.hostile.htmlName });
      });
    }
  });

  it('reads the plain table as one finding per row at the name: known rows match, unknown ones do not', () => {
    const findings = scan(PLAIN_TABLE_PATH);
    const rows = findings.filter((finding) => finding.role === 'row');
    expect(rows).toHaveLength(8);
    const results = match(rows);
    const known = cast.known.slice(5, 9);
    expect(results.filter((result) => result.state === 'matched')).toEqual(
      known.map((company) => expect.objectContaining({ companyId: company.leadyId })),
    );
    for (const finding of rows) expect(finding.anchor.textContent).toBe(finding.clues.name);
  });

  it('identifies the Raynet detail without a heading from its styled name and labelled fields', () => {
    const findings = scan('raynet/acme/?view=DetailView&en=Company&ei=701');
    const company = cast.known[4]!;
    expect(findings.filter((finding) => finding.role === 'record')).toEqual([
      expect.objectContaining({ clues: expect.objectContaining({ name: company.name, ico: company.ico }) }),
    ]);
    expect(match(findings)[0]).toMatchObject({ state: 'matched', companyId: company.leadyId });
  });

  it('keeps the hostile name as text in the markup', () => {
    const list = pages.get('hubspot/contacts/4455667/objects/0-2/views/all/list')!;
    expect(list).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(list).not.toContain('<img src=x');
  });

  it('resolves request URLs, including Raynet records addressed by their query', () => {
    const detail = demoPage(pages, '/demo/raynet/acme/?view=DetailView&en=Company&ei=700');
    expect(detail).toContain(cast.known[3]!.name.replace(/&/g, '&amp;'));
    expect(demoPage(pages, '/demo/')).toContain('Ukázkové stránky CRM');
    expect(demoPage(pages, '/demo/nothing/here')).toBeUndefined();
    expect(demoPage(pages, '/v1/resources/')).toBeUndefined();
  });
});
