/** The senders router tests speak as: this extension's popup and a content script in tab 7. */
import type { Browser } from 'wxt/browser';

export const RUNTIME_ID = 'abcdefghijklmnop';
export const ORIGIN = `chrome-extension://${RUNTIME_ID}/`;

export const popup: Browser.runtime.MessageSender = { id: RUNTIME_ID, url: `${ORIGIN}popup.html` };
export const contentScript: Browser.runtime.MessageSender = {
  id: RUNTIME_ID,
  url: 'https://app.hubspot.com/contacts/1/record/0-2/5',
  tab: { id: 7 } as Browser.tabs.Tab,
};
