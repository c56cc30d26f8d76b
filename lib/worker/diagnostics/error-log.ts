/**
 * The worker's error log: the last failures it swallowed, for the options page's Diagnostics
 * section. A bounded ring in `storage.session`: it outlives the worker being stopped when idle (the
 * failure a user asks about happened in an earlier worker) and is gone when the browser closes.
 * Session storage is closed to content scripts, and entries hold only a context and a trimmed,
 * scrubbed message: never a token, a password or a request body.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { LeadyError } from '../../shared/api/errors';
import { clip } from '../../shared/clip';
import type { ErrorLogEntry } from '../../shared/messaging/protocol/diagnostics';
import { createSerializer } from '../serialize';

const ERROR_LOG_LIMIT = 100;
const ERROR_MESSAGE_LIMIT = 300;

type Item = WxtStorageItem<ErrorLogEntry[], Record<string, unknown>>;

const errorLogItem: Item = storage.defineItem<ErrorLogEntry[]>('session:leady.errorLog', {
  fallback: [],
});

export interface ErrorLog {
  record(context: string, error: unknown): Promise<void>;
  /** Newest first. */
  entries(): Promise<ErrorLogEntry[]>;
  clear(): Promise<void>;
}

export interface ErrorLogOptions {
  now: () => number;
  item?: Item;
  limit?: number;
}

export function createErrorLog({
  now,
  item = errorLogItem,
  limit = ERROR_LOG_LIMIT,
}: ErrorLogOptions): ErrorLog {
  // Read-modify-write of one storage value: two failures at once must not drop each other.
  const serialize = createSerializer();
  return {
    record: (context, error) =>
      serialize(async () => {
        const entry: ErrorLogEntry = { at: now(), context, message: describeError(error) };
        const stored = await item.getValue();
        await item.setValue([...stored, entry].slice(-limit));
      }),
    entries: async () => [...(await item.getValue())].reverse(),
    clear: () => serialize(() => item.setValue([])),
  };
}

/** One line a support person can read: the error's kind and where, then its detail, trimmed. */
function describeError(error: unknown): string {
  let text: string;
  if (error instanceof LeadyError) {
    const where = error.status === undefined ? error.endpoint : `${error.endpoint} ${error.status}`;
    text = `${error.kind} (${where}): ${error.message}`;
  } else if (error instanceof Error) {
    text = `${error.name}: ${error.message}`;
  } else {
    text = String(error);
  }
  const clean = scrubCredentials(text).replace(/\s+/g, ' ').trim();
  return clip(clean, ERROR_MESSAGE_LIMIT);
}

/**
 * No code puts credentials into an error message, but an API or a proxy may echo a header or a
 * form back: anything shaped like one is blanked before it is stored.
 */
function scrubCredentials(text: string): string {
  return (
    text
      // "Token 9944b0…", "Bearer …": a credential-looking value after the scheme.
      .replace(/\b(token|bearer|basic)(\s*[:=]?\s*)[\w.~+/-]{16,}=*/gi, '$1$2[redacted]')
      .replace(/\b(password|passwd|secret)(["']?\s*[:=]\s*["']?)[^\s,;"'&]+/gi, '$1$2[redacted]')
      // A DRF token on its own is 40 hex digits.
      .replace(/\b[0-9a-f]{40}\b/gi, '[redacted]')
  );
}
