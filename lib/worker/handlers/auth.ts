import type { Auth } from '../auth';
import type { Handlers } from '../messaging/router';

/**
 * Sign-in and account messages: extension pages only. Content scripts learn the sign-in state, and
 * nothing else of the account, from page.settings and page.match.
 */
export function authHandlers(auth: Auth): Handlers {
  return {
    // Not for content scripts: the account's e-mail is none of a page's business.
    'auth.status': { allow: ['extension-page'], handle: () => auth.status() },
    'auth.signIn': {
      allow: ['extension-page'],
      handle: ({ email, password }) => auth.signIn(email, password),
    },
    'auth.signInWithToken': {
      allow: ['extension-page'],
      handle: ({ token }) => auth.signInWithToken(token),
    },
    'auth.signOut': { allow: ['extension-page'], handle: () => auth.signOut() },
    'auth.resetToken': { allow: ['extension-page'], handle: () => auth.resetToken() },
  };
}
