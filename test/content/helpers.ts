/**
 * Test doubles for the content script: a fake background (messenger) that answers from a table
 * and records every message, and page loading into the happy-dom document at a demo URL.
 */
import { allAdapters } from '../../lib/content/crm/pick-adapter';
import type { PageMessenger } from '../../lib/content/messenger';
import { ContentScriptContext } from '../../lib/content/script-context';
import { startContentScript } from '../../lib/content/start';
import { errorCatalog } from '../../lib/shared/i18n/catalogs/errors';
import { overlayCatalog } from '../../lib/shared/i18n/catalogs/overlay';
import type { Locale } from '../../lib/shared/i18n/translate';
import type { MatchQuery, MatchResult } from '../../lib/shared/matching/types';
import type { FrameView } from '../../lib/shared/messaging/protocol/card-frame';
import type {
  CompanySummary,
  PageEvent,
  PageMatchAnswer,
  PageSettings,
} from '../../lib/shared/messaging/protocol/page';
import type { AuthState } from '../../lib/shared/settings';

export const DEMO_LIST = '/demo/hubspot/contacts/4455667/objects/0-2/views/all/list';
export const DEMO_RECORD = '/demo/hubspot/contacts/4455667/record/0-2/10123456000';

/** Puts a demo page's body into the test document at `path` (same origin as the test window). */
export function showPage(path: string, html: string): void {
  history.replaceState(null, '', path);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)),
  );
}

export interface FakeBackground {
  messenger: PageMessenger;
  /** Every `page.match` message, as sent. */
  matches: MatchQuery[][];
  /** Every frame the content script asked a ticket for (ticket `t1`, `t2`, … in order). */
  frames: FrameView[];
  blacklistCalls: Array<['add' | 'undo', number]>;
  /** Delivers a background message to the content script; returns its answer (for `menu.query`). */
  emit(event: PageEvent): unknown;
  menuTargets: unknown[];
  listeners(): number;
  auth: AuthState;
  blacklisted: Set<number>;
  settings: PageSettings;
}

/**
 * A background that matches a company query when its name is in `companies` (several ids: an
 * ambiguous match), else when one of its websites or e-mails is in `byClue`, and knows the given
 * summaries.
 */
export function fakeBackground(
  companies: Record<string, number[]>,
  summaries: CompanySummary[],
  byClue: Record<string, number> = {},
): FakeBackground {
  const listeners = new Set<(event: PageEvent) => unknown>();
  const fake: FakeBackground = {
    matches: [],
    frames: [],
    blacklistCalls: [],
    auth: 'signed-in',
    blacklisted: new Set(),
    settings: {
      sites: ['hubspot', 'pipedrive', 'salesforce', 'raynet'],
      customOrigins: [],
      locale: 'en',
      auth: 'signed-in',
      strings: pageStrings('en'),
    },
    emit: (event) => {
      let answer: unknown;
      for (const listener of listeners) answer = listener(event);
      return answer;
    },
    menuTargets: [],
    listeners: () => listeners.size,
    messenger: {
      settings: async () => fake.settings,
      async match(queries): Promise<PageMatchAnswer> {
        fake.matches.push(queries);
        if (fake.auth !== 'signed-in') return { auth: fake.auth, results: [], companies: [] };
        const results: MatchResult[] = [];
        for (const query of queries) {
          const name = query.kind === 'company' ? query.clues.name : query.clues.company?.name;
          const ids = name ? companies[name] : undefined;
          if (ids?.length === 1)
            results.push({ id: query.id, state: 'matched', companyId: ids[0]!, via: 'name' });
          if (ids && ids.length > 1)
            results.push({ id: query.id, state: 'ambiguous', companyIds: ids, via: 'name' });
          if (ids) continue;
          const clues = query.kind === 'company' ? query.clues : { ...query.clues.company, ...query.clues };
          const byValue = [clues.website, clues.email].map((value) => (value ? byClue[value] : undefined));
          const companyId = byValue.find((id) => id !== undefined);
          if (companyId !== undefined)
            results.push({ id: query.id, state: 'matched', companyId, via: 'domain' });
        }
        const named = new Set(
          results.flatMap((r) =>
            r.state === 'matched' ? [r.companyId] : r.state === 'ambiguous' ? r.companyIds : [],
          ),
        );
        return { auth: 'signed-in', results, companies: summaries.filter((s) => named.has(s.id)) };
      },
      frameOpen: async (view) => {
        fake.frames.push(view);
        return { ticket: `t${fake.frames.length}` };
      },
      frameUrl: (ticket) => `chrome-extension://dynamic/card-frame.html#${ticket}`,
      blacklistUndo: async (companyId) => {
        fake.blacklistCalls.push(['undo', companyId]);
        fake.blacklisted.delete(companyId);
      },
      blacklistIds: async () => [...fake.blacklisted],
      menuTarget: async (target) => {
        fake.menuTargets.push(target);
      },
      onEvent(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
  return fake;
}

/**
 * happy-dom has no layout, so the real "seen by the user" judge (lib/content/seen.ts, checked in
 * Chromium by the end-to-end tests) is replaced: here an element is seen unless it sits in
 * an element with class
 * `test-unseen` (a class, so that showing it is the attribute change pages make).
 */
const seenUnlessMarked = () => (el: Element) => !el.closest('.test-unseen');

export async function start(fake: FakeBackground) {
  const ctx = new ContentScriptContext('content-test');
  const loop = await startContentScript(ctx, allAdapters, fake.messenger, {
    debounceMs: 20,
    maxWaitMs: 100,
    seen: seenUnlessMarked,
  });
  if (loop) await loop.idle();
  return { ctx, loop };
}

export function badges(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('leady-badge'));
}

/**
 * Closed shadow roots as the overlay attaches them: page scripts cannot reach them and the content
 * script keeps no list, so the tests record them here to look inside.
 */
const closedRoots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function recordRoot(this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  closedRoots.set(this, root);
  return root;
};

function overlayRoot(host: Element): ShadowRoot | undefined {
  return closedRoots.get(host);
}

/** The visible text inside an overlay host's closed shadow root. */
export function shadowText(host: Element): string {
  const root = overlayRoot(host);
  if (!root) return '';
  return Array.from(root.children)
    .filter((child) => child.localName !== 'style')
    .map((child) => child.textContent)
    .join('');
}

export function shadow(host: Element): ShadowRoot {
  const root = overlayRoot(host);
  if (!root) throw new Error('not an overlay host');
  return root;
}

export function cardHost(): HTMLElement | null {
  return document.querySelector('leady-card');
}

/** Waits for scans triggered by mutations (debounce 20 ms in tests). */
export async function settle(loop: { idle(): Promise<void> } | undefined, ms = 60): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await loop?.idle();
}

export const summary = (
  id: number,
  name: string,
  visits30d = 3,
  lastVisitAt = Date.UTC(2026, 10, 3, 13, 5),
) => ({
  id,
  name,
  visits30d,
  lastVisitAt,
});

/**
 * Marks a test's event as the browser's own (a real click or key). Page scripts cannot do this: in
 * a browser `isTrusted` is an unforgeable own property; the end-to-end tests use real input.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** The strings the background sends with page.settings, as it sends them. */
export function pageStrings(locale: Locale) {
  return { overlay: overlayCatalog[locale], errors: errorCatalog[locale] };
}
