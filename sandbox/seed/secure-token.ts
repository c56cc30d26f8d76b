/**
 * Per-record secure tokens for detail URLs. Derived from the seed with an HMAC so they are stable
 * across restarts (a cached detail_url keeps working) yet cannot be guessed from the id alone.
 */
import { createHmac } from 'node:crypto';

export function secureToken(seed: number, kind: 'company' | 'person', id: number): string {
  return createHmac('sha256', `leady-sandbox-${seed}`).update(`${kind}:${id}`).digest('hex').slice(0, 20);
}
