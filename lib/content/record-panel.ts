/**
 * The record panel's behaviour: on a record page it summarises the record's company (the company
 * itself, or the company a person record matched); signed out, it is the one place that says so.
 * Closing it hides it until the page shows another record.
 */
import type { Formatter } from '../../components/overlay/format';
import { createRecordPanel } from '../../components/overlay/panel';
import type { Annotation } from './annotations';
import type { Badges } from './badges';
import type { CardController } from './card-controller';
import type { OverlayState } from './state';

export interface RecordPanelController {
  update(annotations: Iterable<Annotation>): void;
  /** A new page (URL): a closed panel may show again. */
  reset(): void;
  destroy(): void;
}

export function createRecordPanelController(
  state: OverlayState,
  fmt: Formatter,
  badges: Badges,
  card: CardController,
): RecordPanelController {
  let dismissed = false;
  const panel = createRecordPanel(fmt, () => {
    dismissed = true;
    panel.hide();
  });

  function recordOf(annotations: Iterable<Annotation>): Annotation | undefined {
    for (const annotation of annotations) {
      if (annotation.finding.role === 'record' && annotation.anchor.isConnected) return annotation;
    }
    return undefined;
  }

  return {
    update(annotations) {
      const record = recordOf(annotations);
      if (!record || dismissed) return panel.hide();
      if (state.auth !== 'signed-in') return panel.show({ kind: state.auth });
      const view = badges.view(record);
      if (!view) return panel.hide();
      const placeBy = panel.box;
      if (view.state === 'ambiguous') {
        const target = { kind: 'ambiguous', companyIds: view.companyIds } as const;
        return panel.show({
          kind: 'ambiguous',
          onShow: () => card.open(panel.host, target, { pinned: true, focus: true, placeBy }),
        });
      }
      const companyId = view.companyIds[0]!;
      const summary = state.summaries.get(companyId);
      if (!summary) return panel.hide();
      panel.show({
        kind: 'company',
        name: summary.name,
        visits30d: summary.visits30d,
        lastVisitAt: summary.lastVisitAt,
        onShow: () =>
          card.open(panel.host, { kind: 'company', companyId }, { pinned: true, focus: true, placeBy }),
      });
    },
    reset() {
      dismissed = false;
      panel.hide();
    },
    destroy() {
      panel.hide();
    },
  };
}
