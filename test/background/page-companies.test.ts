import { describe, expect, it } from 'vitest';
import { createPageCompanies } from '../../lib/worker/page-requests/page-companies';

const page = (tabId: number, documentId: string) => ({ tab: { id: tabId }, documentId, frameId: 0 });

describe('companies matched per page', () => {
  it('allows a page only the companies it was answered with', async () => {
    const companies = createPageCompanies();
    await companies.remember(page(1, 'doc-a'), [10, 11]);
    expect(await companies.allows(page(1, 'doc-a'), 10)).toBe(true);
    expect(await companies.allows(page(1, 'doc-a'), 12)).toBe(false);
    // Another document of the same tab (after a navigation), another tab, no tab at all.
    expect(await companies.allows(page(1, 'doc-b'), 10)).toBe(false);
    expect(await companies.allows(page(2, 'doc-a'), 10)).toBe(false);
    expect(await companies.allows({}, 10)).toBe(false);
    expect(await companies.allowsInTab(1, 11)).toBe(true);
    expect(await companies.allowsInTab(2, 11)).toBe(false);
  });

  it('remembers across a worker restart, and forgets a closed tab', async () => {
    await createPageCompanies().remember(page(3, 'doc'), [42]);
    const restarted = createPageCompanies();
    expect(await restarted.allows(page(3, 'doc'), 42)).toBe(true);
    await restarted.forgetTab(3);
    expect(await createPageCompanies().allows(page(3, 'doc'), 42)).toBe(false);
  });

  it('keeps every id when several pages are answered at once', async () => {
    const companies = createPageCompanies();
    await Promise.all([1, 2, 3, 4].map((id) => companies.remember(page(5, `doc-${id}`), [id])));
    const restarted = createPageCompanies();
    for (const id of [1, 2, 3, 4]) expect(await restarted.allows(page(5, `doc-${id}`), id)).toBe(true);
  });
});
