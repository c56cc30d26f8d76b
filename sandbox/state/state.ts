/**
 * Everything that changes while the sandbox runs (tokens, blacklist, throttle history), and the way
 * back to the seeded starting point for POST /__sandbox/reset.
 */
import type { SeedData } from '../seed/types';
import type { ScopedThrottle } from '../throttle/throttler';
import { Blacklist } from './blacklist';
import { TokenStore } from './tokens';

/** The sandbox has a single account; its id only keys tokens. */
export const DEMO_USER_ID = 1;

export interface DemoUser {
  email: string;
  password: string;
}

export class SandboxState {
  readonly tokens = new TokenStore();
  readonly blacklist: Blacklist;
  /** The token the sandbox started with; reset brings it back so a configured client keeps working. */
  readonly initialToken: string;

  constructor(
    private readonly data: SeedData,
    readonly user: DemoUser,
    readonly throttle: ScopedThrottle,
  ) {
    this.blacklist = new Blacklist(data.initialBlacklist);
    this.initialToken = this.tokens.getOrCreate(DEMO_USER_ID);
  }

  checkCredentials(email: string, password: string): number | null {
    // E-mail is matched case-insensitively (people type it either way); the password exactly.
    return email.toLowerCase() === this.user.email.toLowerCase() && password === this.user.password
      ? DEMO_USER_ID
      : null;
  }

  reset(): void {
    this.tokens.clear();
    this.tokens.set(DEMO_USER_ID, this.initialToken);
    this.blacklist.restore(this.data.initialBlacklist);
    this.throttle.reset();
  }
}
