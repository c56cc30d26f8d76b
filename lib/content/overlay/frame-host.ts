/**
 * A closed-shadow host holding one iframe of card-frame.html (the card or the record panel). The
 * page's own scripts can neither see into the frame (another origin) nor find it: frames inside a
 * shadow tree are not listed in `window.frames`.
 */

import { FRAME_HOST_CSS, LAYER_HOST } from '../../shared/overlay/styles';
import { createHost, type HostTag } from './host';

export interface FrameHost {
  readonly host: HTMLElement;
  /** The frame shown now, if any. */
  frame(): HTMLIFrameElement | undefined;
  /** Shows a fresh frame of `src` (replacing the one shown). */
  show(src: string, options: { height?: number; title: string }): HTMLIFrameElement;
  hide(): void;
}

export function createFrameHost(tag: HostTag, kind: 'card' | 'panel'): FrameHost {
  const { host, root } = createHost(tag, LAYER_HOST, FRAME_HOST_CSS);
  let current: HTMLIFrameElement | undefined;
  return {
    host,
    frame: () => current,
    show(src, options) {
      const frame = document.createElement('iframe');
      frame.className = kind;
      frame.title = options.title;
      frame.setAttribute('referrerpolicy', 'no-referrer');
      if (options.height !== undefined) frame.style.height = `${options.height}px`;
      frame.src = src;
      root.replaceChildren(frame);
      current = frame;
      if (!host.isConnected) (document.body ?? document.documentElement).append(host);
      return frame;
    },
    hide() {
      current = undefined;
      root.replaceChildren();
      host.remove();
    },
  };
}
