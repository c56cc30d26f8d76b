/**
 * API tokens like DRF's authtoken: one token per user, 40 hex characters. api-token-get returns the
 * user's existing token (get_or_create); api-token-reset replaces it, and the old one stops working
 * at once because it is simply no longer in the table.
 */
import { randomBytes } from 'node:crypto';

function newTokenKey(): string {
  return randomBytes(20).toString('hex');
}

export class TokenStore {
  private readonly userByToken = new Map<string, number>();
  private readonly tokenByUser = new Map<number, string>();

  userFor(token: string): number | undefined {
    return this.userByToken.get(token);
  }

  tokenOf(userId: number): string | undefined {
    return this.tokenByUser.get(userId);
  }

  getOrCreate(userId: number): string {
    return this.tokenByUser.get(userId) ?? this.set(userId, newTokenKey());
  }

  reset(userId: number): string {
    return this.set(userId, newTokenKey());
  }

  /** Makes `token` the user's only token (used to restore the initial token on sandbox reset). */
  set(userId: number, token: string): string {
    const old = this.tokenByUser.get(userId);
    if (old !== undefined) this.userByToken.delete(old);
    this.tokenByUser.set(userId, token);
    this.userByToken.set(token, userId);
    return token;
  }

  clear(): void {
    this.userByToken.clear();
    this.tokenByUser.clear();
  }
}
