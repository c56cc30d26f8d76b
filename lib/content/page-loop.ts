/**
 * The scan → batch → annotate loop. A scan reads the page with the adapter, keeps what was handled
 * before, and sends every new or changed finding in ONE `page.match` message (a 500-row list is one
 * request, not 500). Scans run on start, after DOM mutations (one observer, debounced) and after
 * URL changes of single-page apps; never two at once. Everything stops with the content script
 * context (extension reloaded or updated): observers, timers, listeners and the overlay itself.
 */

import type { ContextMenuTarget } from '../shared/messaging/protocol/context-menu';
import {
  MAX_PAGE_QUERIES,
  type PageEvent,
  type PageMatchAnswer,
  type PageSettings,
} from '../shared/messaging/protocol/page';
import type { Formatter } from '../shared/overlay/format';
import { type Annotation, Annotations } from './annotations';
import { createMenuFeed } from './context-menu';
import type { AdapterRegistry } from './crm/choose-adapter';
import type { PageFinding } from './crm/types';
import { watchLocation } from './location-watch';
import type { PageMessenger } from './messenger';
import { isOverlayHost } from './overlay/host';
import { createOverlay, type Overlay } from './overlay/overlay';
import { debounced } from './schedule';
import type { ScriptLifetime } from './script-context';
import { type SeenJudge, seenByUser } from './seen';
import { pageTarget } from './site-gate';
import { markTiming } from './test-hooks';

export interface PageLoopOptions {
  ctx: ScriptLifetime;
  messenger: PageMessenger;
  settings: PageSettings;
  /** The site adapters this bundle carries (each CRM's bundle has only its own). */
  adapters: AdapterRegistry;
  /** A scan made while the settings were on their way; used by the first run if still valid. */
  firstScan?: EarlyScan;
  fmt: Formatter;
  /** Quiet time after the last mutation before a scan (crm-dom.md: 300 ms–2 s on heavy apps). */
  debounceMs?: number;
  /** A page that never stops mutating is still scanned this often. */
  maxWaitMs?: number;
  /** A fresh judge of what the user can see, per scan (tests without layout pass their own). */
  seen?: () => SeenJudge;
}

export interface EarlyScan {
  href: string;
  adapterId: string;
  findings: PageFinding[];
  /** The findings the user could see then. */
  seen: PageFinding[];
}

export interface PageLoop {
  readonly annotations: Annotations;
  readonly overlay: Overlay;
  /** Resolves when the scan in progress (if any) and any scan it queued are done. */
  idle(): Promise<void>;
}

/** Retries after a failed `page.match` (the worker was restarting); then the next mutation will do. */
const RETRY_MS = [1000, 5000, 15000];

/** The findings whose element the user can see now (one judge for the whole scan). */
export function visibleOf(findings: PageFinding[], judge: () => SeenJudge): PageFinding[] {
  const seen = judge();
  return findings.filter((finding) => seen(finding.anchor));
}

export function startPageLoop(options: PageLoopOptions): PageLoop {
  const { ctx, messenger, settings } = options;
  const annotations = new Annotations();
  const overlay = createOverlay(options.fmt, messenger, ctx, annotations);
  const { state, badges } = overlay;
  const menu = createMenuFeed(overlay, annotations, messenger, options.fmt, ctx);
  const detach = (annotation: Annotation) => badges.detach(annotation);
  let lastHref = '';
  let running: Promise<void> | undefined;
  let again = false;
  let failures = 0;
  /** Findings the last scan left out because the user cannot see them (yet). */
  let unseen = 0;

  const scheduler = debounced(ctx, () => void run(), options.debounceMs ?? 300, options.maxWaitMs ?? 1500);

  function run(): Promise<void> {
    if (ctx.isInvalid) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = scanOnce()
      .catch((error: unknown) => console.warn('Leady: page scan failed', error))
      .finally(() => {
        running = undefined;
        if (again && ctx.isValid) {
          again = false;
          scheduler.schedule();
        }
      });
    return running;
  }

  async function scanOnce(): Promise<void> {
    const url = new URL(location.href);
    if (url.href !== lastHref) {
      // Another view of a single-page app: its elements are new records, whatever they look like.
      if (lastHref) newPage();
      lastHref = url.href;
    }
    const target = pageTarget(url, settings, options.adapters);
    const early = takeEarlyScan(url, target?.adapter.id);
    // The page may have changed while the settings were on their way, before the observer watched:
    // one more (debounced) scan picks that up; only what is new is sent.
    if (early) scheduler.schedule();
    const scanned = early?.findings ?? (target ? target.adapter.scan(document, target.url) : []);
    // Only what the user sees is matched: rows the page hides would tell it who visited.
    const findings = early?.seen ?? visibleOf(scanned, options.seen ?? seenByUser);
    const hiddenBefore = unseen > 0;
    unseen = scanned.length - findings.length;
    if (hiddenBefore !== unseen > 0) observeDocument();
    markTiming('Scanned');
    const due = annotations.sync(findings, detach);
    // A row's first finding may have left the page: the next one of the same company shows it.
    for (const annotation of annotations.settleGroups()) badges.render(annotation);
    for (const annotation of annotations.values()) badges.repair(annotation);
    for (let start = 0; start < due.length && ctx.isValid; start += MAX_PAGE_QUERIES) {
      const batch = due.slice(start, start + MAX_PAGE_QUERIES);
      let answer: PageMatchAnswer;
      try {
        answer = await messenger.match(batch.map((annotation) => annotation.query));
      } catch {
        retryLater();
        break;
      }
      failures = 0;
      markTiming('Answered');
      if (ctx.isValid) apply(batch, answer);
    }
    overlay.panel.update(annotations.values());
    if (__LEADY_TEST_HOOKS__) markTiming('Annotated', [...annotations.values()].filter((a) => a.host).length);
  }

  /** The early scan, once, if it read this very page with the adapter the settings allow. */
  function takeEarlyScan(url: URL, adapterId: string | undefined): EarlyScan | undefined {
    const early = options.firstScan;
    options.firstScan = undefined;
    return early && early.href === url.href && early.adapterId === adapterId ? early : undefined;
  }

  function apply(batch: Annotation[], answer: PageMatchAnswer): void {
    state.auth = answer.auth;
    for (const summary of answer.companies) state.summaries.set(summary.id, summary);
    const results = new Map(answer.results.map((result) => [result.id, result]));
    // Forgotten while we waited (the element left the page, or the URL changed).
    const current = batch.filter((annotation) => annotations.isCurrent(annotation));
    for (const annotation of current) {
      annotation.pending = false;
      const result = results.get(annotation.query.id);
      annotation.result = result?.state === 'none' ? undefined : result;
    }
    // Answers decide which finding of a row shows its company; a mark may change outside the batch.
    for (const annotation of new Set([...current, ...annotations.settleGroups()])) badges.render(annotation);
  }

  function retryLater(): void {
    const delay = RETRY_MS[failures++];
    if (delay !== undefined) ctx.setTimeout(() => scheduler.schedule(), delay);
  }

  function newPage(): void {
    overlay.card.close(false);
    annotations.clear(detach);
    // Summaries are asked for again with the new view's findings; a long session does not pile them up.
    state.summaries.clear();
    overlay.panel.reset();
  }

  function onEvent(event: PageEvent): ContextMenuTarget | null | undefined {
    if (event.event === 'menu.query') return menu.current();
    if (event.event === 'blacklist.toast') {
      menu.toast(event.companyId, event.companyName, event.state);
      return;
    }
    if (event.event === 'frame.action') {
      overlay.onFrameAction(event);
      return;
    }
    if (event.event === 'page.refresh') {
      annotations.markAllDue();
      scheduler.schedule();
      return;
    }
    // The event lists every company hidden now (blacklist-wiring.ts): undos drop out of it.
    setHidden(event.companyIds);
  }

  function setHidden(ids: readonly number[]): void {
    state.hidden.clear();
    for (const id of ids) state.hidden.add(id);
    overlay.rerender();
  }

  /** The blacklist as the background has it when the loop starts; events keep it current after. */
  function loadHidden(): void {
    messenger.blacklistIds().then(
      (ids) => {
        if (ctx.isValid) setHidden(ids);
      },
      // Nothing extra is hidden until the next blacklist.changed or page.refresh brings the list.
      () => {},
    );
  }

  /**
   * Mutations worth a scan: anything but our own badges coming and going, and a change of class or
   * style while something found is hidden (it may have been shown).
   */
  function relevant(records: MutationRecord[]): boolean {
    for (const record of records) {
      if (record.type === 'characterData') return true;
      if (record.type === 'attributes') {
        if (unseen > 0 && !isOverlayHost(record.target)) return true;
        continue;
      }
      for (const node of record.addedNodes) if (!isOverlayHost(node)) return true;
      for (const node of record.removedNodes) {
        // A badge the page removed (not one we took away) is put back by the scan.
        if (!isOverlayHost(node) || badges.annotationOf(node as HTMLElement)?.host === node) return true;
      }
    }
    return false;
  }

  const observer = new MutationObserver((records) => {
    // An orphan (its extension was updated) learns it here at the latest, when a newer instance
    // in another world adds its badges: `isInvalid` then stops it and takes its badges away.
    if (ctx.isInvalid) return;
    if (relevant(records)) scheduler.schedule();
  });
  /**
   * Class and style changes count only while something found is hidden (CRM pages change them all
   * the time, on hover and in animations): attributes are watched only then. Observing again
   * replaces the options.
   */
  function observeDocument(): void {
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      ...(unseen > 0 ? { attributeFilter: ['class', 'style', 'hidden', 'open'] } : {}),
    });
  }
  observeDocument();
  // Shown without a mutation of its own: a transition or animation ends, the window is resized.
  const recheckUnseen = () => {
    if (unseen > 0) scheduler.schedule();
  };
  for (const type of ['transitionend', 'animationend']) {
    document.addEventListener(type, recheckUnseen, { capture: true, passive: true, signal: ctx.signal });
  }
  window.addEventListener('resize', recheckUnseen, { passive: true, signal: ctx.signal });
  watchLocation(ctx, () => scheduler.schedule());
  // Capture on the window: the page cannot stop it before we see it.
  for (const type of ['mousedown', 'contextmenu'] as const) {
    window.addEventListener(type, (event) => menu.onPointer(event), { capture: true, signal: ctx.signal });
  }
  const stopEvents = messenger.onEvent(onEvent);
  ctx.onInvalidated(() => {
    observer.disconnect();
    scheduler.cancel();
    stopEvents();
    menu.destroy();
    overlay.destroy();
  });

  loadHidden();
  void run();
  return {
    annotations,
    overlay,
    async idle() {
      while (running) await running;
    },
  };
}
