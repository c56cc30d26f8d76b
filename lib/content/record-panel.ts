/**
 * The record panel's behaviour: on a record page it summarises the record's company (the company
 * itself, or the company a person record matched); signed out, it is the one place that says so.
 * The summary is drawn by a frame of card-frame.html the page cannot read; its × hides the panel
 * until the page shows another record, its button opens the card.
 */

import type { FrameAction, FrameTarget, FrameView } from '../shared/messaging/protocol/card-frame';
import { PANEL_HEIGHT } from '../shared/overlay/styles';
import type { Annotation } from './annotations';
import type { Badges } from './badges';
import type { CardController } from './card-controller';
import type { PageMessenger } from './messenger';
import { createFrameHost } from './overlay/frame-host';
import type { OverlayState } from './state';

export interface RecordPanelController {
  update(annotations: Iterable<Annotation>): void;
  /** A new page (URL): a closed panel may show again. */
  reset(): void;
  onFrameAction(action: FrameAction): void;
  destroy(): void;
}

/** What the panel shows, and when it must be drawn anew (a different company or new figures). */
interface Shown {
  key: string;
  view: FrameView;
  ticket?: string;
}

export function createRecordPanelController(
  state: OverlayState,
  badges: Badges,
  card: CardController,
  messenger: PageMessenger,
): RecordPanelController {
  let dismissed = false;
  let shown: Shown | undefined;
  const panel = createFrameHost('leady-panel', 'panel');

  function hide(): void {
    shown = undefined;
    panel.hide();
  }

  function recordOf(annotations: Iterable<Annotation>): Annotation | undefined {
    for (const annotation of annotations) {
      if (annotation.finding.role === 'record' && annotation.anchor.isConnected) return annotation;
    }
    return undefined;
  }

  function viewOf(annotations: Iterable<Annotation>): { key: string; view: FrameView } | undefined {
    const record = recordOf(annotations);
    if (!record || dismissed) return undefined;
    if (state.auth !== 'signed-in') return { key: state.auth, view: { kind: 'panel', auth: state.auth } };
    const view = badges.view(record);
    if (!view) return undefined;
    if (view.state === 'ambiguous') {
      const target: FrameTarget = { kind: 'ambiguous', companyIds: view.companyIds };
      return { key: `a${view.companyIds.join(' ')}`, view: { kind: 'panel', target } };
    }
    const summary = state.summaries.get(view.companyIds[0]!);
    if (!summary) return undefined;
    return {
      key: `c${summary.id} ${summary.visits30d} ${summary.lastVisitAt}`,
      view: { kind: 'panel', target: { kind: 'company', companyId: summary.id } },
    };
  }

  function show(next: { key: string; view: FrameView }): void {
    if (shown?.key === next.key) return;
    const showing: Shown = { ...next };
    shown = showing;
    messenger.frameOpen(next.view).then(
      ({ ticket }) => {
        if (shown !== showing) return;
        showing.ticket = ticket;
        const kind = 'auth' in next.view ? next.view.auth : next.view.target.kind;
        // What kind of panel this is (not what it says): for the page's tooling and our tests.
        panel.host.setAttribute('data-leady-state', kind);
        panel.show(messenger.frameUrl(ticket), { height: PANEL_HEIGHT[kind], title: 'Leady' });
      },
      () => {
        if (shown === showing) hide();
      },
    );
  }

  return {
    update(annotations) {
      const next = viewOf(annotations);
      if (next) show(next);
      else hide();
    },
    reset() {
      dismissed = false;
      hide();
    },
    onFrameAction(action) {
      const current = shown;
      if (!current?.ticket || action.ticket !== current.ticket) return;
      if (action.action === 'dismiss') {
        dismissed = true;
        return hide();
      }
      if (action.action !== 'show' || !('target' in current.view)) return;
      card.open(panel.host, current.view.target, { pinned: true, focus: true, placeBy: panel.frame() });
    },
    destroy: hide,
  };
}
