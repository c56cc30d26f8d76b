/**
 * Every message another context can send to the background, with its payload and answer types.
 * The background registers one handler per entry (lib/background/handlers/); nothing else listens.
 */
import type { AuthState } from '../storage/items';

export interface AuthStatus {
  state: AuthState;
  email?: string;
  apiBaseUrl: string;
}

export interface MessageMap {
  'auth.status': { request: undefined; response: AuthStatus };
  'auth.signIn': { request: { email: string; password: string }; response: AuthStatus };
  'auth.signInWithToken': { request: { token: string }; response: AuthStatus };
  'auth.signOut': { request: undefined; response: AuthStatus };
  'auth.resetToken': { request: undefined; response: AuthStatus };
}

export type MessageType = keyof MessageMap;
