/** Throttle scopes: Leady limits each type of data separately (contract: "Throttling"). */
export const SCOPES = ['auth', 'sessions', 'companies', 'lists'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}
