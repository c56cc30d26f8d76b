/**
 * A short message in the window's corner, with at most one action: "Company is blacklisted. Undo"
 * after a blacklisting from the context menu, where no card is open to show it.
 */
import { button, contain, h } from '../../shared/overlay/dom';
import { LAYER_CSS, LAYER_HOST } from '../../shared/overlay/styles';
import { createHost } from './host';

export interface Toast {
  show(text: string, action?: { label: string; run(): void }): void;
  hide(): void;
}

export function createToast(): Toast {
  const { host, root } = createHost('leady-toast', LAYER_HOST, LAYER_CSS);
  const box = h('div', { class: 'toast', role: 'status' });
  root.append(box);
  contain(box, ['click', 'mousedown', 'pointerdown', 'keydown']);
  return {
    show(text, action) {
      const message = h('span', { dir: 'auto' }, text);
      box.replaceChildren(...(action ? [message, button(action.label, action.run)] : [message]));
      if (!host.isConnected) (document.body ?? document.documentElement).append(host);
    },
    hide() {
      host.remove();
    },
  };
}
