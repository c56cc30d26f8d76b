import type { Handlers } from '../../messaging/router';
import type { Auth } from '../auth';

/** Sign-in and account messages: extension pages only; a content script may only ask the state. */
export function authHandlers(auth: Auth): Handlers {
  return {
    'auth.status': { allow: ['extension-page', 'content-script'], handle: () => auth.status() },
    'auth.signIn': {
      allow: ['extension-page'],
      handle: ({ email, password }) => auth.signIn(String(email ?? ''), String(password ?? '')),
    },
    'auth.signInWithToken': {
      allow: ['extension-page'],
      handle: ({ token }) => auth.signInWithToken(String(token ?? '')),
    },
    'auth.signOut': { allow: ['extension-page'], handle: () => auth.signOut() },
    'auth.resetToken': { allow: ['extension-page'], handle: () => auth.resetToken() },
  };
}
