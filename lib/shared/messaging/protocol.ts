/**
 * Every message another context can send to the background, with its payload and answer types,
 * one file per area under protocol/. The background registers one handler per entry
 * (lib/worker/handlers/); nothing else answers.
 */
import type { AuthMessages } from './protocol/auth';
import type { BlacklistMessages } from './protocol/blacklist';
import type { CardFrameMessages } from './protocol/card-frame';
import type { ContextMenuMessages } from './protocol/context-menu';
import type { DiagnosticsMessages } from './protocol/diagnostics';
import type { PageMessages } from './protocol/page';
import type { PopupMessages } from './protocol/popup';
import type { SitesMessages } from './protocol/sites';
import type { SyncMessages } from './protocol/sync';

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
