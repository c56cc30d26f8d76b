import type { Handlers } from '../../messaging/router';
import type { BackgroundContext } from '../context';

/** Handlers for PageMessages (lib/messaging/protocol/page.ts). */
export function pageHandlers(_context: BackgroundContext): Handlers {
  return {};
}
