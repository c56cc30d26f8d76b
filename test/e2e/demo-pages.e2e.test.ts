/**
 * Every demo CRM page the sandbox serves (HubSpot, Pipedrive, Salesforce, Raynet; records, lists,
 * people; the plain table of a site the user added): the companies Leady knows are badged, and
 * nothing else is; the record of a company Leady does not know gets no badge at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCast } from '../../sandbox/demo-crm/cast';
import { renderDemoPages } from '../../sandbox/demo-crm/index';
import { addSiteOrigin, type ExtensionSession, launchExtension } from './harness';

let session: ExtensionSession;
let knownIds: Set<string>;
let paths: string[];
const UNKNOWN_RECORD = 'hubspot/contacts/4455667/record/0-2/10123456001';

beforeAll(async () => {
  session = await launchExtension();
  await session.signInAndSync();
  // The plain table stands for a site the user added: the sandbox's origin, added as the user would.
  await addSiteOrigin(session, session.sandbox.origin);
  const cast = demoCast(session.sandbox.data);
  knownIds = new Set(
    [...cast.known, cast.hostile, ...cast.people.map((person) => person.company)].flatMap((company) =>
      company?.leadyId === undefined ? [] : [String(company.leadyId)],
    ),
  );
  paths = [...renderDemoPages(session.sandbox.data).keys()].filter((path) => path !== '');
}, 120_000);

afterAll(async () => {
  await session?.close();
});

async function badgedIds(path: string): Promise<string[]> {
  const page = await session.context.newPage();
  await page.goto(session.demoUrl(path));
  // The test build marks the end of the first complete annotation of the page.
  await page.waitForFunction(() => document.documentElement.dataset.leadyAnnotated !== undefined, undefined, {
    timeout: 15_000,
  });
  const ids = await page.$$eval('leady-badge[data-leady-state="matched"]', (hosts) =>
    hosts.map((host) => host.getAttribute('data-leady-company') ?? ''),
  );
  await page.close();
  return ids;
}

describe('annotations on each demo CRM page', () => {
  it('badges only companies Leady knows, on every page of every CRM', async () => {
    expect(paths.map((path) => path.split('/')[0])).toEqual(
      expect.arrayContaining(['hubspot', 'pipedrive', 'salesforce', 'raynet']),
    );
    for (const path of paths) {
      const ids = await badgedIds(path);
      if (path === UNKNOWN_RECORD) {
        expect(ids, path).toEqual([]);
        continue;
      }
      expect(ids.length, path).toBeGreaterThan(0);
      for (const id of ids) expect(knownIds.has(id), `${path}: company ${id}`).toBe(true);
    }
  });
});
