// @vitest-environment happy-dom
/**
 * The content script's side of the "Blacklist <Company> in Leady" context-menu item: what it reports
 * as the right-clicked company, its answer to the background's query, and the toast with Undo.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runtimeMessenger } from '../../lib/content/messenger';
import { UNDO_WINDOW_MS } from '../../lib/shared/blacklist/outbox-rules';
import type { PageEvent } from '../../lib/shared/messaging/protocol/page';
import { hubspotCompanyList, hubspotCompanyRecord } from '../../sandbox/demo-crm/hubspot';
import {
  badges,
  DEMO_LIST,
  DEMO_RECORD,
  type FakeBackground,
  fakeBackground,
  settle,
  shadow,
  shadowText,
  showPage,
  start,
  summary,
  trusted,
} from './helpers';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
});

function background(): FakeBackground {
  return fakeBackground({ 'Pekárna Novák s.r.o.': [3], 'Dvojče s.r.o.': [7, 9] }, [
    summary(3, 'Pekárna Novák s.r.o.'),
    summary(7, 'Dvojče (Brno)'),
    summary(9, 'Dvojče (Praha)'),
  ]);
}

async function open(fake: FakeBackground, path: string, html: string) {
  showPage(path, html);
  const started = await start(fake);
  stop = () => started.ctx.notifyInvalidated();
}

/** The user's own right-button press (a trusted event, as the browser makes it). */
function rightPress(el: Element, button = 2): void {
  el.dispatchEvent(trusted(new MouseEvent('mousedown', { bubbles: true, composed: true, button })));
}

const list = hubspotCompanyList([
  { name: 'Pekárna Novák s.r.o.' },
  { name: 'Neznámá s.r.o.' },
  { name: 'Dvojče s.r.o.' },
]);
const pekarna = { companyId: 3, companyName: 'Pekárna Novák s.r.o.' };

describe('context menu feed', () => {
  it('reports the company of a right-clicked badge or name, and answers the query with it', async () => {
    const fake = background();
    await open(fake, DEMO_LIST, list);
    const [badge] = badges();
    rightPress(shadow(badge!).querySelector('button')!);
    expect(fake.menuTargets).toEqual([pekarna]);
    expect(fake.emit({ event: 'menu.query' })).toEqual(pekarna);
    const labels = document.querySelectorAll('[data-test-id="truncated-object-label"]');
    rightPress(labels[1]!);
    rightPress(labels[0]!);
    expect(fake.menuTargets).toEqual([pekarna, null, pekarna]);
  });

  it('names no company for an ambiguous match, elsewhere on a list, or on a left click', async () => {
    const fake = background();
    await open(fake, DEMO_LIST, list);
    const ambiguous = badges().find((b) => b.getAttribute('data-leady-state') === 'ambiguous')!;
    rightPress(shadow(ambiguous).querySelector('button')!);
    rightPress(document.querySelector('thead')!);
    rightPress(badges()[0]!, 0);
    expect(fake.menuTargets).toEqual([null, null]);
    expect(fake.emit({ event: 'menu.query' })).toBeNull();
  });

  it('keeps the user’s right-click target when the page fires its own right-button events after it', async () => {
    const fake = background();
    await open(fake, DEMO_LIST, list);
    const labels = document.querySelectorAll('[data-test-id="truncated-object-label"]');
    rightPress(labels[0]!);
    // The page retargets: a made-up right press and context-menu event on another row.
    for (const type of ['mousedown', 'contextmenu']) {
      labels[2]!.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, button: 2 }));
      document.querySelector('thead')!.dispatchEvent(new MouseEvent(type, { bubbles: true, button: 2 }));
    }
    expect(fake.menuTargets).toEqual([pekarna]);
    expect(fake.emit({ event: 'menu.query' })).toEqual(pekarna);
  });

  it('follows the keyboard’s context-menu key (a trusted contextmenu event without a press)', async () => {
    const fake = background();
    await open(fake, DEMO_LIST, list);
    const labels = document.querySelectorAll('[data-test-id="truncated-object-label"]');
    labels[0]!.dispatchEvent(
      trusted(new MouseEvent('contextmenu', { bubbles: true, composed: true, button: 0 })),
    );
    expect(fake.emit({ event: 'menu.query' })).toEqual(pekarna);
  });

  it('keeps a name’s bidi controls from reordering the toast around it', async () => {
    const fake = background();
    await open(fake, DEMO_LIST, list);
    fake.emit({ event: 'blacklist.toast', companyId: 3, companyName: 'Evil\u202Egnp.exe', state: 'pending' });
    const toast = shadowText(document.querySelector('leady-toast')!);
    expect(toast).toContain('\u2068Evilgnp.exe\u2069');
    expect(toast).not.toMatch(/[\u202A-\u202E]/);
  });

  it('falls back to the record’s company anywhere on a record page', async () => {
    const fake = background();
    await open(fake, DEMO_RECORD, hubspotCompanyRecord({ name: 'Pekárna Novák s.r.o.' }));
    rightPress(document.querySelector('main')!);
    expect(fake.menuTargets).toEqual([pekarna]);
  });

  it('confirms a blacklisting from the menu with a toast whose Undo brings the badge back', async () => {
    const fake = background();
    await open(fake, DEMO_LIST, list);
    expect(badges()).toHaveLength(2);
    fake.emit({
      event: 'blacklist.toast',
      companyId: 3,
      companyName: 'Pekárna Novák s.r.o.',
      state: 'pending',
    });
    expect(badges()).toHaveLength(1);
    const toast = document.querySelector('leady-toast')!;
    expect(shadowText(toast)).toContain('“\u2068Pekárna Novák s.r.o.\u2069” is blacklisted in Leady.');
    shadow(toast).querySelector('button')!.click();
    await settle(undefined, 0);
    expect(fake.blacklistCalls).toEqual([['undo', 3]]);
    expect(badges()).toHaveLength(2);
    expect(toast.isConnected).toBe(false);
  });

  it('offers Undo for the undo window, not longer (issue 12)', async () => {
    const fake = background();
    await open(fake, DEMO_LIST, list);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fake.emit({ event: 'blacklist.toast', ...pekarna, state: 'pending' });
      const toast = document.querySelector('leady-toast')!;
      vi.advanceTimersByTime(UNDO_WINDOW_MS - 1);
      expect(toast.isConnected).toBe(true);
      vi.advanceTimersByTime(1);
      expect(toast.isConnected).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a failed blacklisting without hiding anything', async () => {
    const fake = background();
    await open(fake, DEMO_LIST, list);
    fake.emit({ event: 'blacklist.toast', companyId: 3, companyName: '<b>Pekárna</b>', state: 'failed' });
    expect(badges()).toHaveLength(2);
    const toast = document.querySelector('leady-toast')!;
    expect(shadowText(toast)).toBe('Could not blacklist “\u2068<b>Pekárna</b>\u2069” in Leady.');
    expect(shadow(toast).querySelector('b, button')).toBeNull();
  });
});

describe('background messages to the tab', () => {
  /** The events the content script's listener gets when our worker sends `message` to the tab. */
  async function received(message: unknown): Promise<PageEvent[]> {
    const events: PageEvent[] = [];
    const unsubscribe = runtimeMessenger().onEvent((event) => {
      events.push(event);
      return undefined;
    });
    // The fake's trigger is typed without the browser's third argument, which a query is answered through.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    try {
      await trigger(message, { id: fakeBrowser.runtime.id }, () => {});
    } finally {
      unsubscribe();
    }
    return events;
  }

  it.each([
    [{ event: 'page.refresh' }, { event: 'page.refresh' }],
    [{ event: 'menu.query', extra: 1 }, { event: 'menu.query' }],
    [
      { event: 'blacklist.changed', companyIds: [1, -2, 'x', 3.5, 4] },
      { event: 'blacklist.changed', companyIds: [1, 4] },
    ],
    [
      { event: 'blacklist.toast', companyId: 5, companyName: 'A', state: 'pending' },
      { event: 'blacklist.toast', companyId: 5, companyName: 'A', state: 'pending' },
    ],
    [{ event: 'blacklist.toast', companyId: '5', companyName: 'A', state: 'pending' }, undefined],
    [{ event: 'blacklist.toast', companyId: 5, companyName: 'A', state: 'done' }, undefined],
    [{ event: 'blacklist.changed', companyIds: 'all' }, undefined],
    [{ type: 'page.match' }, undefined],
    ['page.refresh', undefined],
    [null, undefined],
  ])('%j → %j', async (message, parsed) => {
    expect(await received(message)).toEqual(parsed === undefined ? [] : [parsed]);
  });
});
