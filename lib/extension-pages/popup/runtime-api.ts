import { browser } from 'wxt/browser';
import { onBackgroundEvent } from '../../runtime/background-events';
import { sendMessage } from '../../runtime/send';
import { readSettings, resourcesItem, settingsItem } from '../../runtime/storage-items';
import { localTimeZone } from '../../shared/popup/zoned-time';
import type { PopupApi } from './popup-api';

/** The popup's PopupApi in the extension: messages to the background, settings from storage. */
export function createRuntimePopupApi(): PopupApi {
  // A synchronous call into the browser on every render adds up; the language does not change.
  let uiLanguage: string | undefined;
  return {
    settings: () => readSettings(),
    async rememberResource(domain) {
      const settings = await readSettings();
      if (settings.resourceDomain !== domain)
        await settingsItem.setValue({ ...settings, resourceDomain: domain });
    },
    resources: () => resourcesItem.getValue(),
    uiLanguage: () => {
      uiLanguage ??= browser.i18n.getUILanguage();
      return uiLanguage;
    },
    timeZone: localTimeZone,
    online: () => navigator.onLine,

    authStatus: () => sendMessage('auth.status'),
    signIn: (email, password) => sendMessage('auth.signIn', { email, password }),
    signInWithToken: (token) => sendMessage('auth.signInWithToken', { token }),
    signOut: () => sendMessage('auth.signOut'),
    resetToken: () => sendMessage('auth.resetToken'),
    syncNow: () => sendMessage('sync.now'),

    cachedSessions: (request) => sendMessage('popup.sessions.cached', request),
    fetchSessions: (request) => sendMessage('popup.sessions.fetch', request),
    moreSessions: (request) => sendMessage('popup.sessions.more', request),
    sessionActions: (key) => sendMessage('popup.session.actions', { key }),
    companies: (resource, excludeCompanies) => sendMessage('popup.companies', { resource, excludeCompanies }),
    company: (companyId, refresh) => sendMessage('popup.company', { companyId, refresh }),
    savedFilters: (resource) => sendMessage('popup.savedFilters', { resource }),

    blacklistIds: () => sendMessage('blacklist.ids'),
    blacklistAdd: (companyId) => sendMessage('blacklist.add', { companyId }),
    blacklistUndo: (companyId) => sendMessage('blacklist.undo', { companyId }),
    blacklistList: () => sendMessage('blacklist.list'),

    // The background owns the toolbar badge: it clears the count and redraws the badge at once.
    acknowledgeNewCompanies: () => sendMessage('badge.seen'),
    openOptions: () => browser.runtime.openOptionsPage(),
    onEvent: onBackgroundEvent,
  };
}
