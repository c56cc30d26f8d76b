/**
 * One badge per company, in real Chromium on the sandbox's demo pages (issue 11): the plain table of
 * companies (name | website | e-mail, read by the generic scanner on a site the user added) gets one
 * badge per known company, at its name; Raynet's company detail without a heading element, whose
 * name is a styled span and whose IČO sits in an "IČ:" | number row, gets one badge at the name.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCast, demoCast } from '../../sandbox/demo-crm/cast';
import { PLAIN_TABLE_PATH } from '../../sandbox/demo-crm/plain-table';
import { addSiteOrigin, type ExtensionSession, launchExtension } from './harness';

const RAYNET_WITHOUT_HEADING = 'raynet/acme/?view=DetailView&en=Company&ei=701';

let session: ExtensionSession;
let cast: DemoCast;

beforeAll(async () => {
  session = await launchExtension();
  cast = demoCast(session.sandbox.data);
  await session.signInAndSync();
  await addSiteOrigin(session, session.sandbox.origin);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

interface ShownBadge {
  company: string;
  /** The text the badge follows: its previous sibling's, or its cell's when it sits in one. */
  beside: string;
}

async function annotated(path: string): Promise<{ page: Page; badges: ShownBadge[] }> {
  const page = await session.context.newPage();
  await page.goto(session.demoUrl(path));
  await page.waitForFunction(() => document.documentElement.dataset.leadyAnnotated !== undefined, undefined, {
    timeout: 15_000,
  });
  const badges = await page.$$eval('leady-badge', (hosts) =>
    hosts.map((host) => ({
      company: host.getAttribute('data-leady-company') ?? '',
      beside: (host.previousElementSibling ?? host.parentElement)?.textContent?.trim() ?? '',
    })),
  );
  return { page, badges };
}

describe('one badge per company on the demo pages', () => {
  it('badges each known company of the plain table once, beside its name', async () => {
    const { page, badges } = await annotated(PLAIN_TABLE_PATH);
    const known = cast.known.slice(5, 9);
    expect(badges).toEqual(
      known.map((company) => ({ company: String(company.leadyId), beside: company.name })),
    );
    await page.close();
  });

  it('badges the Raynet detail without a heading once, beside the styled name', async () => {
    const { page, badges } = await annotated(RAYNET_WITHOUT_HEADING);
    const company = cast.known[4]!;
    expect(badges).toEqual([{ company: String(company.leadyId), beside: company.name }]);
    await page.close();
  });
});
