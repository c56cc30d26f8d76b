import type { AuthState } from '../../settings';

export interface AuthStatus {
  state: AuthState;
  email?: string;
  apiBaseUrl: string;
}

export interface AuthMessages {
  'auth.status': { request: undefined; response: AuthStatus };
  'auth.signIn': { request: { email: string; password: string }; response: AuthStatus };
  'auth.signInWithToken': { request: { token: string }; response: AuthStatus };
  'auth.signOut': { request: undefined; response: AuthStatus };
  'auth.resetToken': { request: undefined; response: AuthStatus };
}
