import { describe, expect, it, vi } from 'vitest';
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
    const first = createPageCompanies();
    await first.remember(page(3, 'doc'), [42]);
    await first.saved();
    const restarted = createPageCompanies();
    expect(await restarted.allows(page(3, 'doc'), 42)).toBe(true);
    await restarted.forgetTab(3);
    await restarted.saved();
    expect(await createPageCompanies().allows(page(3, 'doc'), 42)).toBe(false);
  });

  it('keeps every id when several pages are answered at once', async () => {
    const companies = createPageCompanies();
    await Promise.all([1, 2, 3, 4].map((id) => companies.remember(page(5, `doc-${id}`), [id])));
    await companies.saved();
    const restarted = createPageCompanies();
    for (const id of [1, 2, 3, 4]) expect(await restarted.allows(page(5, `doc-${id}`), id)).toBe(true);
  });

  it('allows the page at once, without waiting for storage (slow on a worker that has just started)', async () => {
    const writes: Array<{ value: unknown; finish: () => void }> = [];
    const item = {
      getValue: async () => ({}),
      setValue: (value: unknown) => new Promise<void>((finish) => writes.push({ value, finish })),
    };
    const companies = createPageCompanies(item as unknown as Parameters<typeof createPageCompanies>[0]);
    await companies.remember(page(6, 'doc'), [7]);
    expect(await companies.allows(page(6, 'doc'), 7)).toBe(true);
    // A second page while the first write is pending: one more write, with both.
    await companies.remember(page(6, 'doc-2'), [8]);
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    writes[0]!.finish();
    await vi.waitFor(() => expect(writes).toHaveLength(2));
    writes[1]!.finish();
    await companies.saved();
    expect(writes[1]!.value).toEqual({
      6: [
        { doc: 'doc', ids: [7] },
        { doc: 'doc-2', ids: [8] },
      ],
    });
  });
});
