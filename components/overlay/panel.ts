/**
 * The record panel: on a record page, a compact summary of the record's company in the corner of
 * the window (a record header has no room for more than the badge). Also the only place a
 * signed-out user sees anything: a discreet hint to sign in.
 */
import { button, contain, h } from './dom';
import type { Formatter } from './format';
import { createHost } from './host';
import { LAYER_CSS, LAYER_HOST } from './styles';

export type PanelView =
  | { kind: 'company'; name: string; visits30d: number; lastVisitAt?: number; onShow(): void }
  | { kind: 'ambiguous'; onShow(): void }
  | { kind: 'signed-out' | 'expired' };

export interface RecordPanel {
  show(view: PanelView): void;
  hide(): void;
  readonly host: HTMLElement;
  /** The visible box (inside the shadow root), for placing the card next to it. */
  readonly box: HTMLElement;
}

export function createRecordPanel(fmt: Formatter, onDismiss: () => void): RecordPanel {
  const { host, root } = createHost('leady-panel', LAYER_HOST, LAYER_CSS);
  const panel = h('aside', { class: 'panel', role: 'complementary', 'aria-label': 'Leady' });
  root.append(panel);
  contain(panel, ['click', 'mousedown', 'pointerdown', 'keydown', 'keyup']);
  const close = button('×', onDismiss, { class: 'x', 'aria-label': fmt.t('close'), title: fmt.t('close') });

  function body(view: PanelView): Node[] {
    switch (view.kind) {
      case 'company':
        return [
          h('div', { class: 'name', dir: 'auto' }, view.name),
          h(
            'div',
            { class: 'muted' },
            fmt.visits(view.visits30d),
            ' · ',
            view.lastVisitAt === undefined
              ? fmt.t('noVisit')
              : fmt.t('lastVisit', fmt.dateTime(view.lastVisitAt)),
          ),
          button(fmt.t('show'), view.onShow),
        ];
      case 'ambiguous':
        return [h('div', { class: 'muted' }, fmt.t('panelAmbiguous')), button(fmt.t('show'), view.onShow)];
      default:
        return [
          h('div', { class: 'muted' }, fmt.t(view.kind === 'expired' ? 'panelExpired' : 'panelSignIn')),
        ];
    }
  }

  return {
    host,
    box: panel,
    show(view) {
      panel.replaceChildren(h('div', { class: 'head' }, 'Leady', close), ...body(view));
      host.setAttribute('data-leady-state', view.kind);
      if (!host.isConnected) (document.body ?? document.documentElement).append(host);
    },
    hide() {
      host.remove();
    },
  };
}
