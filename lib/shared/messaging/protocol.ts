/**
 * Every message another context can send to the background, with its payload and answer types,
 * one file per area under protocol/. Each request payload has a valibot schema beside its type (the
 * type is inferred from it); the router checks the payload with it once, before the handler runs.
 * The background registers one handler per entry (lib/worker/handlers/); nothing else answers.
 */
import type * as v from 'valibot';
import { type AuthMessages, authRequests } from './protocol/auth';
import { type BlacklistMessages, blacklistRequests } from './protocol/blacklist';
import { type CardFrameMessages, cardFrameRequests } from './protocol/card-frame';
import { type ContextMenuMessages, contextMenuRequests } from './protocol/context-menu';
import { type DiagnosticsMessages, diagnosticsRequests } from './protocol/diagnostics';
import { type PageMessages, pageRequests } from './protocol/page';
import { type PopupMessages, popupRequests } from './protocol/popup';
import { type SitesMessages, sitesRequests } from './protocol/sites';
import { type SyncMessages, syncRequests } from './protocol/sync';

export type { AuthStatus } from './protocol/auth';
export type { BlacklistItem } from './protocol/blacklist';
export type { ContentScriptRequest, ContextMenuTarget } from './protocol/context-menu';
export type { SyncStatus } from './protocol/sync';

export interface MessageMap
  extends AuthMessages,
    SyncMessages,
    BlacklistMessages,
    ContextMenuMessages,
    SitesMessages,
    PopupMessages,
    PageMessages,
    CardFrameMessages,
    DiagnosticsMessages {}

export type MessageType = keyof MessageMap;

/** The schema of every message's payload: a message without one does not compile. */
export const requestSchemas: {
  [K in MessageType]: v.GenericSchema<unknown, MessageMap[K]['request']>;
} = {
  ...authRequests,
  ...syncRequests,
  ...blacklistRequests,
  ...contextMenuRequests,
  ...sitesRequests,
  ...popupRequests,
  ...pageRequests,
  ...cardFrameRequests,
  ...diagnosticsRequests,
};
