import type { Handlers } from '../../messaging/router';
import type { BackgroundContext } from '../context';

/** Handlers for PopupMessages (lib/messaging/protocol/popup.ts). */
export function popupHandlers(_context: BackgroundContext): Handlers {
  return {};
}
