import type { AuthStatus } from '../shared/messaging/protocol';
import { type Account, accountItem, clearAccountData, tokenItem } from './account-items';
import { LeadyError } from './api';
import { currentApiBaseUrl } from './api-base-url';
import { clearCache } from './cache/maintenance';
import { createSerializer } from './serialize';
import type { Services } from './services';

export interface Auth {
  status(): Promise<AuthStatus>;
  signIn(email: string, password: string): Promise<AuthStatus>;
  signInWithToken(token: string): Promise<AuthStatus>;
  signOut(): Promise<AuthStatus>;
  resetToken(): Promise<AuthStatus>;
}

/** Leady tokens are DRF tokens (40 hex characters); accept any printable token without spaces. */
const TOKEN_PATTERN = /^[\x21-\x7e]{8,256}$/;

/**
 * @param cacheCleared called whenever the account's cached records are deleted, so what mirrors
 *   them in memory (the match index) is dropped too.
 */
export function createAuth(services: Services, cacheCleared: () => void = () => {}): Auth {
  const serialize = createSerializer();
  let checkingPastedToken = false;

  services.onUnauthorized(async () => {
    // A pasted token that fails its check is reported to the user, not treated as an expiry.
    if (checkingPastedToken) return;
    const account = await accountItem.getValue();
    if (account.state !== 'signed-in') return;
    await tokenItem.removeValue();
    // Cached data stays visible (marked stale) until the user signs in again or out.
    await setAccount({ ...account, state: 'expired' });
  });

  async function status(): Promise<AuthStatus> {
    const account = await accountItem.getValue();
    return {
      state: account.state,
      email: account.email,
      apiBaseUrl: account.apiBaseUrl ?? (await currentApiBaseUrl()),
    };
  }

  async function setAccount(account: Account): Promise<AuthStatus> {
    await accountItem.setValue(account);
    const current = await status();
    services.events.emit({ event: 'auth.changed', status: current });
    return current;
  }

  /**
   * Everything of the account but its token: waiting requests, throttle deadlines (Leady throttles
   * per token), cached records and the index over them, its websites, the toolbar count and unsent
   * blacklistings (which must never go out with another account's token).
   */
  async function forgetAccountData(): Promise<void> {
    services.queue.clear(new LeadyError({ kind: 'signed-out', endpoint: 'auth', message: 'Signed out' }));
    await services.queue.forgetThrottles();
    await clearAccountData();
    await clearCache(await services.cache());
    cacheCleared();
  }

  /** Signing in as someone else, or against another API, must not show the previous account's data. */
  async function forgetPreviousAccount(email: string | undefined, apiBaseUrl: string): Promise<void> {
    const previous = await accountItem.getValue();
    const sameAccount =
      previous.apiBaseUrl === apiBaseUrl && (email === undefined || previous.email === email);
    if (previous.state !== 'signed-out' && !sameAccount) await forgetAccountData();
  }

  async function completeSignIn(token: string, email: string | undefined, apiBaseUrl: string) {
    await forgetPreviousAccount(email, apiBaseUrl);
    await tokenItem.setValue(token);
    return setAccount({ state: 'signed-in', email, apiBaseUrl, signedInAt: services.now() });
  }

  return {
    status,

    signIn: (email, password) =>
      serialize(async () => {
        const apiBaseUrl = await currentApiBaseUrl();
        const client = services.clientFor(apiBaseUrl);
        const token = await client.getToken(email.trim(), password);
        return completeSignIn(token, email.trim(), apiBaseUrl);
      }),

    signInWithToken: (pasted) =>
      serialize(async () => {
        const token = pasted.trim().replace(/^Token\s+/i, '');
        if (!TOKEN_PATTERN.test(token)) {
          throw new LeadyError({
            kind: 'validation',
            endpoint: 'auth.token',
            message: 'Not a token',
            fieldErrors: { token: ['This does not look like a Leady API token.'] },
          });
        }
        const apiBaseUrl = await currentApiBaseUrl();
        const previousToken = await tokenItem.getValue();
        const previousAccount = await accountItem.getValue();
        await tokenItem.setValue(token);
        checkingPastedToken = true;
        try {
          // The cheapest call that proves the token works.
          await services.clientFor(apiBaseUrl).listResources({ priority: 'interactive' });
        } catch (error) {
          await tokenItem.setValue(previousToken);
          await accountItem.setValue(previousAccount);
          if (error instanceof LeadyError && error.kind === 'unauthorized') {
            throw new LeadyError({ ...error.toJSON(), kind: 'bad-credentials' });
          }
          throw error;
        } finally {
          checkingPastedToken = false;
        }
        return completeSignIn(token, undefined, apiBaseUrl);
      }),

    signOut: () =>
      serialize(async () => {
        await tokenItem.removeValue();
        await forgetAccountData();
        return setAccount({ state: 'signed-out' });
      }),

    resetToken: () =>
      serialize(async () => {
        const client = await services.client();
        const token = await client.resetToken({ priority: 'interactive' });
        // The old token stopped working the moment the API answered: replace it at once.
        await tokenItem.setValue(token);
        return status();
      }),
  };
}
