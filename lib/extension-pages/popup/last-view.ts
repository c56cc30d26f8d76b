/**
 * The popup's last first screen (account, language, websites, the first page of visits), kept in
 * the popup's own synchronous `localStorage` so the next opening can draw it in its first render,
 * before any answer from the background: asking the background costs two process hops and
 * IndexedDB reads, several times the rest of the popup's start on a slow machine. It is a cache of
 * the cache: the background's answer replaces it moments later. Never credentials (the token stays
 * in the background), and forgotten on sign-out or a change of account (remember-last-view.ts).
 *
 * What is read back is checked like any other input: a damaged or older entry is no last view.
 */
import type { AuthStatus } from '../../shared/messaging/protocol';
import type { ResourceOption, SessionCompanyView, SessionRow, SessionsPage } from '../../shared/popup/types';
import type { Settings } from '../../shared/settings';

export interface LastView {
  auth: AuthStatus;
  /** The only settings the first screen needs; the real ones follow. */
  settings: Pick<Settings, 'locale' | 'resourceDomain'>;
  resources: ResourceOption[];
  /** The first page of cached visits of `page.resource`, with the default filters. */
  page: SessionsPage & { resource: string };
}

export interface LastViewStore {
  read(): LastView | undefined;
  write(view: LastView): void;
  clear(): void;
}

/** Bump when LastView changes shape: an entry written by another version is ignored. */
const VERSION = 1;
const LAST_VIEW_KEY = 'leady.popup.lastView';

type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The store in a page's `localStorage` (absent or refusing, e.g. storage disabled: a no-op store). */
export function webStorageLastView(storage: WebStorage | undefined = globalThis.localStorage): LastViewStore {
  return {
    read() {
      try {
        return parseLastView(storage?.getItem(LAST_VIEW_KEY) ?? null);
      } catch {
        // Storage disabled: the popup waits for the background, as on a first opening.
        return undefined;
      }
    },
    write(view) {
      try {
        storage?.setItem(LAST_VIEW_KEY, JSON.stringify({ version: VERSION, ...view }));
      } catch {
        // Quota or disabled storage: the next opening simply waits for the background.
      }
    },
    clear() {
      try {
        storage?.removeItem(LAST_VIEW_KEY);
      } catch {
        // Nothing stored to forget.
      }
    },
  };
}

function parseLastView(json: string | null): LastView | undefined {
  if (json === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // Not ours or damaged: as if nothing were stored.
    return undefined;
  }
  if (!isRecord(value) || value.version !== VERSION) return undefined;
  const auth = lastAuth(value.auth);
  const settings = lastSettings(value.settings);
  const resources = lastResources(value.resources);
  const page = lastPage(value.page);
  if (!auth || !settings || !resources || !page) return undefined;
  return { auth, settings, resources, page };
}

function lastAuth(value: unknown): AuthStatus | undefined {
  // A signed-out account has no first screen to show.
  if (!isRecord(value) || (value.state !== 'signed-in' && value.state !== 'expired')) return undefined;
  if (typeof value.apiBaseUrl !== 'string' || !optionalText(value.email)) return undefined;
  return { state: value.state, apiBaseUrl: value.apiBaseUrl, email: value.email as string | undefined };
}

function lastSettings(value: unknown): LastView['settings'] | undefined {
  if (!isRecord(value) || !optionalText(value.resourceDomain)) return undefined;
  const locale = value.locale;
  if (locale !== 'auto' && locale !== 'cs' && locale !== 'en') return undefined;
  return { locale, resourceDomain: value.resourceDomain as string | undefined };
}

function lastResources(value: unknown): ResourceOption[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const valid = value.every(
    (item) => isRecord(item) && typeof item.domain === 'string' && optionalText(item.name),
  );
  return valid ? (value as ResourceOption[]) : undefined;
}

function lastPage(value: unknown): LastView['page'] | undefined {
  if (!isRecord(value) || value.source !== 'cache' || typeof value.resource !== 'string') return undefined;
  if (!Array.isArray(value.rows) || !value.rows.every(isSessionRow)) return undefined;
  if (typeof value.hasMore !== 'boolean') return undefined;
  if (value.before !== undefined && !isInstant(value.before)) return undefined;
  if (value.updatedAt !== undefined && !isInstant(value.updatedAt)) return undefined;
  return {
    resource: value.resource,
    rows: value.rows,
    source: 'cache',
    next: null,
    before: value.before as number | undefined,
    hasMore: value.hasMore,
    updatedAt: value.updatedAt as number | undefined,
  };
}

function isSessionRow(value: unknown): value is SessionRow {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    Number.isSafeInteger(value.id) &&
    typeof value.resource === 'string' &&
    isCount(value.seconds) &&
    (value.company === undefined || isCompanyView(value.company)) &&
    (value.firstAt === undefined || isInstant(value.firstAt)) &&
    (value.lastAt === undefined || isInstant(value.lastAt)) &&
    (value.pages === undefined || isCount(value.pages)) &&
    optionalText(value.referrer) &&
    optionalText(value.searchQuery)
  );
}

/** Epoch milliseconds a Date can hold (a rendered time of 1e16 would throw). */
function isInstant(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 8.64e15;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isCompanyView(value: unknown): value is SessionCompanyView {
  return (
    isRecord(value) &&
    Number.isSafeInteger(value.id) &&
    typeof value.name === 'string' &&
    optionalText(value.website) &&
    optionalText(value.email) &&
    optionalText(value.territory) &&
    optionalText(value.ico)
  );
}

function optionalText(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
