/**
 * The token, kept in the worker's own IndexedDB (issue 12). A content script runs in the page's
 * origin, so it can open only the page's IndexedDB, never the extension's; extension storage, in
 * contrast, is open to content scripts unless closed, and Firefox can close only `storage.session`
 * (which the browser empties at every start: the user would sign in again each day). Chromium's
 * `setAccessLevel` on `storage.local` stays as a second wall (storage-access.ts).
 *
 * Builds before this one kept the token in `storage.local` under `leady.token`: the first access
 * after an update moves it here and deletes it there, so a signed-in user stays signed in.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { browser } from 'wxt/browser';

const TOKEN_DB_NAME = 'leady-token';
const STORE = 'token';
const KEY = 'current';
/** Where builds before issue 12's fix kept the token (extension storage). */
const LEGACY_TOKEN_KEY = 'leady.token';

interface TokenSchema extends DBSchema {
  token: { key: typeof KEY; value: string };
}
type TokenDb = IDBPDatabase<TokenSchema>;

let opened: Promise<TokenDb> | undefined;

/** The database, once per worker start, with a token left in extension storage moved into it. */
function tokenDb(): Promise<TokenDb> {
  if (opened) return opened;
  const forget = () => {
    opened = undefined;
  };
  const opening = openDB<TokenSchema>(TOKEN_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore(STORE);
    },
    // Someone deletes or upgrades the database: let them, and open it afresh on the next access.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      forget();
    },
    terminated: forget,
  }).then(async (db) => {
    await moveFromExtensionStorage(db);
    return db;
  });
  // A failed open or move is tried again on the next access, not remembered.
  opening.catch(forget);
  opened = opening;
  return opening;
}

/**
 * A token still in extension storage was written by an older build after anything stored here
 * (the move always deletes it there), so it wins. Written here before it is deleted there: an
 * interrupted move is finished on the next start, and the token is never lost.
 */
async function moveFromExtensionStorage(db: TokenDb): Promise<void> {
  const { [LEGACY_TOKEN_KEY]: legacy } = await browser.storage.local.get(LEGACY_TOKEN_KEY);
  if (legacy === undefined) return;
  if (typeof legacy === 'string' && legacy !== '') await db.put(STORE, legacy, KEY);
  await browser.storage.local.remove(LEGACY_TOKEN_KEY);
}

/** The API token of the signed-in account; only the worker reads it, when it sends a request. */
export const tokenItem = {
  async getValue(): Promise<string | null> {
    return (await (await tokenDb()).get(STORE, KEY)) ?? null;
  },
  async setValue(token: string | null): Promise<void> {
    const db = await tokenDb();
    if (token === null) await db.delete(STORE, KEY);
    else await db.put(STORE, token, KEY);
  },
  async removeValue(): Promise<void> {
    await (await tokenDb()).delete(STORE, KEY);
  },
};

/** At worker start: moves a token an older build left in extension storage out of content scripts' reach. */
export async function secureStoredToken(): Promise<void> {
  await tokenDb();
}
