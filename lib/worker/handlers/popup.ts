import type { Handlers } from '../messaging/router';
import { cachedSessions } from '../popup-requests/cached-sessions';
import { clearCachedData } from '../popup-requests/clear-cache';
import { createCodeLists } from '../popup-requests/code-lists';
import { companyDetail } from '../popup-requests/company-detail';
import { companySummaries } from '../popup-requests/company-summaries';
import { fetchSessions, moreSessions } from '../popup-requests/fetched-sessions';
import type { PopupBackground } from '../popup-requests/popup-background';
import { savedFilters } from '../popup-requests/saved-filters';
import { sessionActions } from '../popup-requests/session-actions';

/**
 * Handlers for PopupMessages (lib/shared/messaging/protocol/popup.ts). Extension pages only: they read the
 * account's visitors, which a content script beside a third-party page has no business asking for.
 */
export function popupHandlers(context: PopupBackground): Handlers {
  const { services } = context;
  const codeLists = createCodeLists(services);
  const pages = ['extension-page'] as const;
  return {
    'popup.sessions.cached': { allow: pages, handle: (request) => cachedSessions(services, request) },
    'popup.sessions.fetch': { allow: pages, handle: (request) => fetchSessions(context, request) },
    'popup.sessions.more': { allow: pages, handle: (request) => moreSessions(context, request) },
    'popup.session.actions': { allow: pages, handle: ({ key }) => sessionActions(services, key) },
    'popup.companies': {
      allow: pages,
      handle: ({ resource, excludeCompanies }) => companySummaries(services, resource, excludeCompanies),
    },
    'popup.company': {
      allow: pages,
      handle: ({ companyId, refresh }) => companyDetail(context, codeLists, companyId, refresh ?? false),
    },
    'popup.savedFilters': { allow: pages, handle: ({ resource }) => savedFilters(services, resource) },
    'popup.clearCache': { allow: pages, handle: () => clearCachedData(context) },
  };
}
