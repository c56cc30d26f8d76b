import { browser } from 'wxt/browser';
import { onBackgroundEvent } from '../../runtime/background-events';
import { sendMessage } from '../../runtime/send';
import { readSettings, settingsItem } from '../../runtime/storage-items';
import { webStorageLastView } from '../popup/last-view';
import type { OptionsApi } from './options-api';

/** The options page's OptionsApi in the extension. */
export function createRuntimeOptionsApi(): OptionsApi {
  // The popup's last first screen (same extension origin): whatever changes here, it would show
  // the old state for a moment (another language, a cleared cache, a signed-out account).
  const lastView = webStorageLastView();
  return {
    defaultApiBaseUrl: __LEADY_API_URL__,
    settings: () => readSettings(),
    async saveSettings(patch) {
      const next = { ...(await readSettings()), ...patch };
      await settingsItem.setValue(next);
      lastView.clear();
      return next;
    },
    uiLanguage: () => browser.i18n.getUILanguage(),
    authStatus: () => sendMessage('auth.status'),
    signOut: () => {
      lastView.clear();
      return sendMessage('auth.signOut');
    },
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    removeOrigins: (origins) => browser.permissions.remove({ origins }),
    enableSite: async (origin) => (await sendMessage('sites.enable', { origin })).origins,
    disableSite: async (origin) => (await sendMessage('sites.disable', { origin })).origins,
    clearCache: () => {
      lastView.clear();
      return sendMessage('popup.clearCache');
    },
    onEvent: onBackgroundEvent,
    errorLog: async () => (await sendMessage('diagnostics.log')).entries,
    clearErrorLog: async () => {
      await sendMessage('diagnostics.clear');
    },
    reportSource: () => ({ version: browser.runtime.getManifest().version, browser: navigator.userAgent }),
    copyText: (text) => navigator.clipboard.writeText(text),
  };
}
