import * as v from 'valibot';
import type { AuthState } from '../../settings';
import { noPayload, type RequestOf } from './payload-fields';

export interface AuthStatus {
  state: AuthState;
  email?: string;
  apiBaseUrl: string;
}

export const authRequests = {
  'auth.status': noPayload,
  'auth.signIn': v.object({ email: v.string(), password: v.string() }),
  'auth.signInWithToken': v.object({ token: v.string() }),
  'auth.signOut': noPayload,
  'auth.resetToken': noPayload,
};
type Request<K extends keyof typeof authRequests> = RequestOf<typeof authRequests, K>;

export interface AuthMessages {
  'auth.status': { request: Request<'auth.status'>; response: AuthStatus };
  'auth.signIn': { request: Request<'auth.signIn'>; response: AuthStatus };
  'auth.signInWithToken': { request: Request<'auth.signInWithToken'>; response: AuthStatus };
  'auth.signOut': { request: Request<'auth.signOut'>; response: AuthStatus };
  'auth.resetToken': { request: Request<'auth.resetToken'>; response: AuthStatus };
}
