/**
 * Feeds the background's "Blacklist <Company> in Leady" context-menu item (protocol/context-menu.ts):
 * on a right-button press, before the menu opens, it reports the matched company under the pointer
 * (its badge, its card, its annotated name, else the record page's company) or null, so the item
 * never guesses. A blacklisting started from the menu is confirmed here with a toast and Undo.
 */

import { toErrorData } from '../shared/api/error-data';
import { UNDO_WINDOW_MS } from '../shared/blacklist/outbox-rules';
import { isolateBidi } from '../shared/i18n/bidi';
import type { ContextMenuTarget } from '../shared/messaging/protocol/context-menu';
import type { Formatter } from '../shared/overlay/format';
import type { Annotation, Annotations } from './annotations';
import type { PageMessenger } from './messenger';
import type { Overlay } from './overlay/overlay';
import { createToast } from './overlay/toast';
import type { Timers } from './schedule';

/** How long the toast stays: the undo window, while its Undo costs Leady nothing. */
const TOAST_MS = UNDO_WINDOW_MS;

export interface MenuFeed {
  /** The target reported last (the background asks again when the item is chosen). */
  current(): ContextMenuTarget | null;
  /** A right-button press, or a contextmenu event (the keyboard's menu key fires only that). */
  onPointer(event: MouseEvent): void;
  toast(companyId: number, companyName: string, state: 'pending' | 'failed'): void;
  destroy(): void;
}

export function createMenuFeed(
  overlay: Overlay,
  annotations: Annotations,
  messenger: PageMessenger,
  fmt: Formatter,
  timers: Timers,
): MenuFeed {
  let current: ContextMenuTarget | null = null;
  let toastTimer: number | undefined;
  const toast = createToast();
  const { badges, state } = overlay;

  function company(companyId: number | undefined): ContextMenuTarget | null {
    const summary = companyId === undefined ? undefined : state.summaries.get(companyId);
    return summary && !state.hidden.has(summary.id)
      ? { companyId: summary.id, companyName: summary.name }
      : null;
  }

  function of(annotation: Annotation | undefined): ContextMenuTarget | null {
    const view = annotation && badges.view(annotation);
    // An ambiguous match names no single company: the item stays hidden rather than guessing.
    return view?.state === 'matched' ? company(view.companyIds[0]) : null;
  }

  function record(): ContextMenuTarget | null {
    for (const annotation of annotations.values()) {
      if (annotation.finding.role === 'record' && annotation.anchor.isConnected) return of(annotation);
    }
    return null;
  }

  function targetAt(path: EventTarget[]): ContextMenuTarget | null {
    for (const node of path) {
      if (!(node instanceof Element)) continue;
      if (node.localName === 'leady-badge') return of(badges.annotationOf(node as HTMLElement));
      if (node.localName === 'leady-card') return company(overlay.card.companyId());
      const annotation = annotations.get(node);
      if (annotation) return of(annotation);
    }
    return record();
  }

  return {
    current: () => current,
    onPointer(event) {
      // Only the user's own press or menu key decides: a page firing right-button events of its
      // own after the user's right-click would otherwise choose the company the item blacklists.
      if (!event.isTrusted) return;
      if (event.type === 'mousedown' && event.button !== 2) return;
      const next = targetAt(event.composedPath());
      // A right-click is a press then a contextmenu event: the second tells nothing new.
      if (event.type === 'contextmenu' && sameTarget(next, current)) return;
      current = next;
      // No worker to tell (the extension was reloaded): the menu item just stays hidden.
      messenger.menuTarget(current).catch(() => {});
    },
    toast(companyId, companyName, outcome) {
      if (toastTimer !== undefined) clearTimeout(toastTimer);
      toastTimer = timers.setTimeout(() => toast.hide(), TOAST_MS);
      if (outcome === 'failed') return toast.show(fmt.t('toastFailed', isolateBidi(companyName)));
      state.hidden.add(companyId);
      overlay.rerender();
      toast.show(fmt.t('toastBlacklisted', isolateBidi(companyName)), {
        label: fmt.t('undo'),
        run: () =>
          messenger.blacklistUndo(companyId).then(
            () => {
              state.hidden.delete(companyId);
              overlay.rerender();
              toast.hide();
            },
            (error: unknown) => toast.show(fmt.error(toErrorData(error, 'page'))),
          ),
      });
    },
    destroy: () => toast.hide(),
  };
}

function sameTarget(a: ContextMenuTarget | null, b: ContextMenuTarget | null): boolean {
  return a?.companyId === b?.companyId;
}
