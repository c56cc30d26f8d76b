/**
 * Badges for annotations: what each shows (from its match result, the company summaries and the
 * blacklist), putting it beside its anchor, updating it in place, and putting it back when the page
 * re-renders and drops it while the anchor is still there.
 */

import type { Formatter } from '../shared/overlay/format';
import type { Annotation } from './annotations';
import { type BadgeEvents, type BadgeView, createBadge, updateBadge } from './overlay/badge';
import { placeHost } from './placement';
import type { OverlayState } from './state';

/** A page that keeps removing a badge wins after this many re-attachments (no fight over its DOM). */
const MAX_REATTACH = 5;

export interface Badges {
  view(annotation: Annotation): BadgeView | undefined;
  render(annotation: Annotation): void;
  detach(annotation: Annotation): void;
  repair(annotation: Annotation): void;
  annotationOf(host: HTMLElement): Annotation | undefined;
}

export function createBadges(state: OverlayState, fmt: Formatter, events: BadgeEvents): Badges {
  const byHost = new WeakMap<HTMLElement, Annotation>();

  function view(annotation: Annotation): BadgeView | undefined {
    const result = annotation.result;
    if (!result || annotation.duplicate) return undefined;
    if (result.state === 'ambiguous') {
      const companyIds = result.companyIds.filter((id) => !state.hidden.has(id));
      return companyIds.length
        ? { state: 'ambiguous', companyIds, label: fmt.t('badgeAmbiguous') }
        : undefined;
    }
    const summary = state.summaries.get(result.companyId);
    if (!summary || state.hidden.has(result.companyId)) return undefined;
    return {
      state: 'matched',
      companyIds: [result.companyId],
      personId: result.personId,
      count: summary.visits30d,
      label: `Leady: ${fmt.visits(summary.visits30d)}`,
    };
  }

  function detach(annotation: Annotation): void {
    annotation.host?.remove();
    annotation.host = undefined;
  }

  return {
    view,
    detach,
    render(annotation) {
      const shown = view(annotation);
      if (!shown) return detach(annotation);
      if (annotation.host) {
        updateBadge(annotation.host, shown);
        if (!annotation.host.isConnected) placeHost(annotation.anchor, annotation.host);
        return;
      }
      const host = createBadge(shown, events);
      byHost.set(host, annotation);
      annotation.host = host;
      placeHost(annotation.anchor, host);
    },
    repair(annotation) {
      const { host, anchor } = annotation;
      if (!host || host.isConnected || !anchor.isConnected || annotation.reattached >= MAX_REATTACH) return;
      annotation.reattached += 1;
      placeHost(anchor, host);
    },
    annotationOf: (host) => byHost.get(host),
  };
}
