/**
 * The card's behaviour: opened by click, keyboard or hover (with a short delay, and closed again
 * when the pointer leaves unless it was clicked), loading the company's insight from the
 * background, listing the candidates of an ambiguous match, and the Blacklist action with Undo.
 */
import {
  ambiguousView,
  type BlacklistState,
  errorView,
  insightView,
  loadingView,
} from '../../components/overlay/card';
import { createCardLayer } from '../../components/overlay/card-layer';
import type { Formatter } from '../../components/overlay/format';
import { toErrorData } from '../api/error-data';
import type { CompanyInsight } from '../insights/types';
import type { PageMessenger } from './messenger';
import type { Timers } from './schedule';
import type { OverlayState } from './state';

const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 300;

export type CardTarget = { kind: 'company'; companyId: number } | { kind: 'ambiguous'; companyIds: number[] };

interface OpenCard {
  anchor: HTMLElement;
  pinned: boolean;
  request: number;
  companyId?: number;
  insight?: CompanyInsight;
}

export interface CardController {
  open(
    anchor: HTMLElement,
    target: CardTarget,
    options: { pinned: boolean; focus: boolean; placeBy?: Element },
  ): void;
  /** Click or Enter on a badge: opens its card, or closes it when it is already open and pinned. */
  toggle(anchor: HTMLElement, target: CardTarget, keyboard: boolean): void;
  hover(anchor: HTMLElement, target: CardTarget | undefined, inside: boolean): void;
  close(returnFocus: boolean): void;
  /** The blacklist changed: the open card shows the new state. */
  refresh(): void;
  /** The company whose details the open card shows. */
  companyId(): number | undefined;
  destroy(): void;
}

export interface CardDeps {
  state: OverlayState;
  fmt: Formatter;
  messenger: PageMessenger;
  timers: Timers;
  /** The blacklist changed here: badges follow. */
  onHiddenChanged(): void;
  /** The card opened or closed for a badge (aria-expanded). */
  onExpanded(anchor: HTMLElement, expanded: boolean): void;
  /** Focus back to the badge after Escape. */
  focusAnchor(anchor: HTMLElement): void;
}

export function createCardController(deps: CardDeps): CardController {
  const { state, fmt, messenger, timers } = deps;
  const blacklist = new Map<number, { state: BlacklistState; error?: string }>();
  let card: OpenCard | undefined;
  let requests = 0;
  let hoverTimer: number | undefined;

  const layer = createCardLayer({
    dismiss: (reason) => controller.close(reason === 'escape'),
    hover: (inside) => (inside ? clearHover() : scheduleHoverClose()),
  });

  function clearHover(): void {
    if (hoverTimer !== undefined) clearTimeout(hoverTimer);
    hoverTimer = undefined;
  }

  function scheduleHoverClose(): void {
    clearHover();
    if (card && !card.pinned) hoverTimer = timers.setTimeout(() => controller.close(false), HOVER_CLOSE_MS);
  }

  const close = () => controller.close(true);
  const title = (companyId: number) => state.summaries.get(companyId)?.name ?? '';

  function blacklistState(companyId: number) {
    return blacklist.get(companyId) ?? { state: state.hidden.has(companyId) ? 'hidden' : 'idle' };
  }

  function showCompany(): void {
    if (!card?.insight || card.companyId === undefined) return;
    const companyId = card.companyId;
    const current = blacklistState(companyId);
    layer.update(
      insightView(
        fmt,
        card.insight,
        {
          blacklist: current.state,
          blacklistError: current.error,
          onBlacklist: () => changeBlacklist(companyId, true),
          onUndo: () => changeBlacklist(companyId, false),
        },
        close,
      ),
    );
  }

  function changeBlacklist(companyId: number, add: boolean): void {
    blacklist.set(companyId, { state: 'working' });
    showCompany();
    const sent = add ? messenger.blacklistAdd(companyId) : messenger.blacklistUndo(companyId);
    sent.then(
      () => {
        blacklist.delete(companyId);
        if (add) state.hidden.add(companyId);
        else state.hidden.delete(companyId);
        deps.onHiddenChanged();
        showCompany();
      },
      (error: unknown) => {
        blacklist.set(companyId, {
          state: add ? 'failed' : 'hidden',
          error: fmt.error(toErrorData(error, 'page')),
        });
        showCompany();
      },
    );
  }

  function openCompany(companyId: number): void {
    if (!card) return;
    const request = ++requests;
    card.request = request;
    card.companyId = companyId;
    card.insight = undefined;
    messenger.card(companyId).then(
      (insight) => {
        if (card?.request !== request) return;
        card.insight = insight;
        showCompany();
      },
      (error: unknown) => {
        if (card?.request !== request) return;
        layer.update(errorView(fmt, title(companyId), fmt.error(toErrorData(error, 'page')), close));
      },
    );
    layer.update(loadingView(fmt, title(companyId), close));
  }

  const controller: CardController = {
    open(anchor, target, options) {
      clearHover();
      if (card && card.anchor !== anchor) deps.onExpanded(card.anchor, false);
      card = { anchor, pinned: options.pinned, request: 0 };
      deps.onExpanded(anchor, true);
      layer.open(anchor, [], { focus: options.focus, placeBy: options.placeBy });
      if (target.kind === 'company') return openCompany(target.companyId);
      const candidates = target.companyIds.flatMap((id) => state.summaries.get(id) ?? []);
      layer.update(
        ambiguousView(
          fmt,
          candidates,
          (companyId) => {
            if (card) card.pinned = true;
            openCompany(companyId);
          },
          close,
        ),
      );
    },
    toggle(anchor, target, keyboard) {
      if (card?.anchor === anchor && card.pinned) return controller.close(keyboard);
      if (card?.anchor === anchor) {
        card.pinned = true;
        clearHover();
        return;
      }
      controller.open(anchor, target, { pinned: true, focus: keyboard });
    },
    hover(anchor, target, inside) {
      clearHover();
      if (!inside) return scheduleHoverClose();
      if (card?.anchor === anchor || !target) return;
      hoverTimer = timers.setTimeout(() => {
        if (!card?.pinned) controller.open(anchor, target, { pinned: false, focus: false });
      }, HOVER_OPEN_MS);
    },
    close(returnFocus) {
      clearHover();
      if (!card) return;
      const { anchor } = card;
      card = undefined;
      layer.close();
      deps.onExpanded(anchor, false);
      if (returnFocus) deps.focusAnchor(anchor);
    },
    refresh: showCompany,
    companyId: () => card?.companyId,
    destroy() {
      clearHover();
      card = undefined;
      layer.destroy();
    },
  };
  return controller;
}
