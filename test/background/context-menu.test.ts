import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { BlacklistService } from '../../lib/worker/blacklist/blacklist-service';
import { startContextMenu } from '../../lib/worker/context-menu';

/** The menu item's id: the one the background creates it with and Chrome reports on a click. */
const MENU_ID = 'leady-blacklist';

function fakeBlacklist(): BlacklistService {
  return {
    add: vi.fn(async (companyId: number) => ({
      companyId,
      companyName: 'Pekárna Novák s.r.o.',
      state: 'pending' as const,
      createdAt: 1,
    })),
    undo: vi.fn(),
    list: vi.fn(),
    hiddenIds: vi.fn(),
    flush: vi.fn(),
  };
}

/** The worker matched companies 3 and 9 on tab 5's page. */
const matchedInTab = async (tabId: number, companyId: number) => tabId === 5 && [3, 9].includes(companyId);
const tab = { id: 5 } as Parameters<ReturnType<typeof startContextMenu>['onClicked']>[1];

describe('context menu: Blacklist <Company> in Leady', () => {
  let update: ReturnType<typeof vi.fn>;
  let sendMessage: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    update = vi.fn(async () => {});
    sendMessage = vi.fn(async () => undefined);
    // WXT's fake browser has no contextMenus: stand in for the calls the feature makes.
    Object.assign(browser, {
      contextMenus: {
        update,
        create: vi.fn(),
        removeAll: vi.fn(async () => {}),
        onClicked: { addListener: vi.fn() },
      },
    });
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(sendMessage as never);
  });

  it('shows the item with the matched company’s name, and hides it where nothing is matched', async () => {
    const menu = startContextMenu(fakeBlacklist(), matchedInTab);
    await menu.setTarget({ companyId: 3, companyName: 'Pekárna Novák s.r.o.' }, 5);
    expect(update).toHaveBeenLastCalledWith(MENU_ID, {
      visible: true,
      title: 'Blacklist “\u2068Pekárna Novák s.r.o.\u2069” in Leady',
    });
    await menu.setTarget(null, 5);
    expect(update).toHaveBeenLastCalledWith(MENU_ID, expect.objectContaining({ visible: false }));
  });

  it('isolates the name in the title, dropping the bidi controls that would reorder it', async () => {
    const menu = startContextMenu(fakeBlacklist(), matchedInTab);
    await menu.setTarget({ companyId: 3, companyName: 'Evil\u202Egnp.exe\u2066' }, 5);
    expect(update).toHaveBeenLastCalledWith(MENU_ID, {
      visible: true,
      title: 'Blacklist “\u2068Evilgnp.exe\u2069” in Leady',
    });
  });

  it('on click, asks the page which company was right-clicked, blacklists it and shows a toast', async () => {
    const blacklist = fakeBlacklist();
    sendMessage.mockImplementation(async (_tabId: number, message: { event: string }) =>
      message.event === 'menu.query' ? { companyId: 3, companyName: 'Pekárna Novák s.r.o.' } : undefined,
    );
    const menu = startContextMenu(blacklist, matchedInTab);
    await menu.onClicked({ menuItemId: MENU_ID, frameId: 0 }, tab);
    expect(blacklist.add).toHaveBeenCalledWith(3);
    expect(sendMessage).toHaveBeenLastCalledWith(5, {
      event: 'blacklist.toast',
      companyId: 3,
      companyName: 'Pekárna Novák s.r.o.',
      state: 'pending',
    });
  });

  it('never blacklists blind: no answer and no reported target means no action', async () => {
    const blacklist = fakeBlacklist();
    sendMessage.mockRejectedValue(new Error('no content script'));
    const menu = startContextMenu(blacklist, matchedInTab);
    await menu.onClicked({ menuItemId: MENU_ID, frameId: 0 }, tab);
    expect(blacklist.add).not.toHaveBeenCalled();
    await menu.onClicked({ menuItemId: 'something-else', frameId: 0 }, tab);
    expect(blacklist.add).not.toHaveBeenCalled();
  });

  it('falls back to the last reported target when the page cannot answer', async () => {
    const blacklist = fakeBlacklist();
    sendMessage.mockRejectedValue(new Error('frame gone'));
    const menu = startContextMenu(blacklist, matchedInTab);
    await menu.setTarget({ companyId: 9, companyName: 'Strojírny Žďár a.s.' }, 5);
    await menu.onClicked({ menuItemId: MENU_ID, frameId: 0 }, tab);
    expect(blacklist.add).toHaveBeenCalledWith(9);
  });

  it('never blacklists a company the worker did not match on that tab’s page', async () => {
    const blacklist = fakeBlacklist();
    // A page (or a subverted content script) answers with any id it likes.
    sendMessage.mockImplementation(async (_tabId: number, message: { event: string }) =>
      message.event === 'menu.query' ? { companyId: 4, companyName: 'Someone else' } : undefined,
    );
    const menu = startContextMenu(blacklist, matchedInTab);
    await menu.onClicked({ menuItemId: MENU_ID, frameId: 0 }, tab);
    expect(blacklist.add).not.toHaveBeenCalled();
  });
});
