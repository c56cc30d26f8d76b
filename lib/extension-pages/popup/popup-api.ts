/**
 * Everything the popup reads or asks, behind one interface: the real one talks to the background
 * and extension storage (runtime-api.ts); component tests pass a fake.
 */

import type { CompanyInsight } from '../../shared/insights/types';
import type { AuthStatus, BlacklistItem, SyncStatus } from '../../shared/messaging/protocol';
import type { BackgroundEvent } from '../../shared/messaging/protocol/events';
import type { PopupMessages } from '../../shared/messaging/protocol/popup';
import type {
  CompanySummary,
  ResourceOption,
  SavedFilterOption,
  SessionActions,
  SessionsPage,
} from '../../shared/popup/types';
import type { Settings } from '../../shared/settings';
import type { LastView } from './last-view';

/** What the background announces to open extension pages (auth, sync, cache, blacklist changes). */
type PopupEvent = BackgroundEvent;

export type CachedSessionsRequest = PopupMessages['popup.sessions.cached']['request'];
type FetchSessionsRequest = PopupMessages['popup.sessions.fetch']['request'];
type MoreSessionsRequest = PopupMessages['popup.sessions.more']['request'];

export interface PopupApi {
  /** The first screen the popup showed last time (read once at start), to draw before any answer. */
  lastView?(): LastView | undefined;
  settings(): Promise<Settings>;
  /** Remembers the tracked website shown (settings.resourceDomain). */
  rememberResource(domain: string): Promise<void>;
  resources(): Promise<ResourceOption[]>;
  /** The browser's UI language, for the "auto" language setting. */
  uiLanguage(): string | undefined;
  /** The user's time zone (IANA name). */
  timeZone(): string;
  /** `navigator.onLine`: tells "offline" from "Leady unreachable". */
  online(): boolean;

  authStatus(): Promise<AuthStatus>;
  signIn(email: string, password: string): Promise<AuthStatus>;
  signInWithToken(token: string): Promise<AuthStatus>;
  signOut(): Promise<AuthStatus>;
  resetToken(): Promise<AuthStatus>;
  syncNow(): Promise<SyncStatus>;

  cachedSessions(request: CachedSessionsRequest): Promise<SessionsPage>;
  fetchSessions(request: FetchSessionsRequest): Promise<SessionsPage>;
  moreSessions(request: MoreSessionsRequest): Promise<SessionsPage>;
  sessionActions(key: string): Promise<SessionActions>;
  companies(resource: string, excludeCompanies: number[]): Promise<CompanySummary[]>;
  company(companyId: number, refresh?: boolean): Promise<CompanyInsight | null>;
  savedFilters(resource: string | undefined): Promise<SavedFilterOption[]>;

  blacklistIds(): Promise<number[]>;
  blacklistAdd(companyId: number): Promise<BlacklistItem>;
  blacklistUndo(companyId: number): Promise<void>;
  blacklistList(): Promise<BlacklistItem[]>;

  /** The toolbar badge counts companies new since the popup was last opened: it was opened now. */
  acknowledgeNewCompanies(): Promise<void>;
  openOptions(): Promise<void>;
  /** Subscribes to background events; returns the unsubscribe function. */
  onEvent(listener: (event: PopupEvent) => void): () => void;
}
