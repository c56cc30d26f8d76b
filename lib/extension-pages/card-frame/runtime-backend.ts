/** The frame's backend in the browser: protocol messages to the worker, actions to its tab. */
import { browser } from 'wxt/browser';
import { sendMessage } from '../../runtime/send';
import type { FrameBackend } from './frame-app';

export function runtimeFrameBackend(): FrameBackend {
  return {
    setup: (ticket) => sendMessage('frame.setup', { ticket }),
    card: (companyId) => sendMessage('page.card', { companyId }),
    blacklistAdd: (companyId) => sendMessage('blacklist.add', { companyId }),
    blacklistUndo: (companyId) => sendMessage('blacklist.undo', { companyId }),
    blacklistIds: () => sendMessage('blacklist.ids'),
    notify: (setup, action) => browser.tabs.sendMessage(setup.tabId, action, { frameId: setup.frameId }),
  };
}
