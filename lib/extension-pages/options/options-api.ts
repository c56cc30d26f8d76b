/**
 * What the options page reads and changes, behind one interface: the real one uses extension
 * storage, permissions and background messages (runtime-options-api.ts); tests pass a fake.
 */

import type { AuthStatus } from '../../shared/messaging/protocol';
import type { ErrorLogEntry } from '../../shared/messaging/protocol/diagnostics';
import type { BackgroundEvent } from '../../shared/messaging/protocol/events';
import type { Settings } from '../../shared/settings';
import type { ReportSource } from './diagnostics-report';

export interface OptionsApi {
  /** The build's API address (used when no override is set). */
  readonly defaultApiBaseUrl: string;
  settings(): Promise<Settings>;
  /** Merges into the settings as stored right now (the background writes some fields too). */
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  uiLanguage(): string | undefined;
  authStatus(): Promise<AuthStatus>;
  signOut(): Promise<AuthStatus>;
  /** Asks for host permissions. Call it first thing in a click handler: browsers need the gesture. */
  requestOrigins(patterns: string[]): Promise<boolean>;
  removeOrigins(patterns: string[]): Promise<boolean>;
  /** Registers the content script for an origin the user added; answers the full list. */
  enableSite(origin: string): Promise<string[]>;
  disableSite(origin: string): Promise<string[]>;
  clearCache(): Promise<{ syncing: boolean }>;
  onEvent(listener: (event: BackgroundEvent) => void): () => void;
  /** The worker's error log, newest first (the Diagnostics section). */
  errorLog(): Promise<ErrorLogEntry[]>;
  clearErrorLog(): Promise<void>;
  /** What a support report names: this extension's version and the browser. */
  reportSource(): ReportSource;
  copyText(text: string): Promise<void>;
}
