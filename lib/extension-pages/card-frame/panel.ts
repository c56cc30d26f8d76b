/**
 * The record panel's content (drawn inside card-frame.html): on a record page, a compact summary of
 * the record's company in the corner of the window (a record header has no room for more than the
 * badge). Also the only place a signed-out user sees anything: a discreet hint to sign in.
 */
import type { CompanySummary } from '../../shared/messaging/protocol/page';
import { button, h } from '../../shared/overlay/dom';
import type { Formatter } from '../../shared/overlay/format';

export type PanelContent =
  | { kind: 'company'; company: CompanySummary }
  | { kind: 'ambiguous' }
  | { kind: 'signed-out' | 'expired' };

export interface PanelActions {
  show(): void;
  dismiss(): void;
}

export function panelView(fmt: Formatter, view: PanelContent, actions: PanelActions): Node[] {
  const close = button('×', actions.dismiss, {
    class: 'x',
    'aria-label': fmt.t('close'),
    title: fmt.t('close'),
  });
  const head = h('div', { class: 'head' }, 'Leady', close);
  switch (view.kind) {
    case 'company': {
      const { company } = view;
      return [
        head,
        h('div', { class: 'name', dir: 'auto' }, company.name),
        h(
          'div',
          { class: 'muted' },
          fmt.visits(company.visits30d),
          ' · ',
          company.lastVisitAt === undefined
            ? fmt.t('noVisit')
            : fmt.t('lastVisit', fmt.dateTime(company.lastVisitAt)),
        ),
        button(fmt.t('show'), actions.show),
      ];
    }
    case 'ambiguous':
      return [
        head,
        h('div', { class: 'muted' }, fmt.t('panelAmbiguous')),
        button(fmt.t('show'), actions.show),
      ];
    default:
      return [
        head,
        h('div', { class: 'muted' }, fmt.t(view.kind === 'expired' ? 'panelExpired' : 'panelSignIn')),
      ];
  }
}
