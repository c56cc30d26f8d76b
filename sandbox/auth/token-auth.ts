/**
 * DRF's TokenAuthentication + IsAuthenticated, message for message. Any other scheme (Bearer…)
 * counts as no credentials, as in DRF. Both 401s carry `WWW-Authenticate: Token`.
 */
import { ApiError } from '../http/api-error';
import type { TokenStore } from '../state/tokens';

export interface Authenticated {
  userId: number;
  token: string;
}

function unauthorized(detail: string): ApiError {
  return new ApiError(401, { detail }, { 'WWW-Authenticate': 'Token' });
}

export function authenticate(header: string | undefined, tokens: TokenStore): Authenticated {
  const parts = (header ?? '').split(/\s+/).filter((part) => part !== '');
  if (parts.length === 0 || parts[0]?.toLowerCase() !== 'token') {
    throw unauthorized('Authentication credentials were not provided.');
  }
  if (parts.length === 1) throw unauthorized('Invalid token header. No credentials provided.');
  if (parts.length > 2) throw unauthorized('Invalid token header. Token string should not contain spaces.');
  const token = parts[1] as string;
  const userId = tokens.userFor(token);
  if (userId === undefined) throw unauthorized('Invalid token.');
  return { userId, token };
}
