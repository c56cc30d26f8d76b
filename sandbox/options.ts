/** Options of a sandbox instance (programmatic API and CLI flags), their defaults and validation. */
import { fileURLToPath } from 'node:url';
import { isScope, type Scope } from './api/scopes';
import type { FaultSpec } from './faults/types';
import { parseRate, type Rate } from './throttle/rate';

export interface RequestLogEntry {
  method: string;
  /** Path and query as requested. */
  path: string;
  /** null: the connection was dropped without a response. */
  status: number | null;
  ms: number;
}

export interface SandboxOptions {
  /** 0 (default) = any free port. */
  port?: number;
  /** Bind address, default 127.0.0.1. */
  host?: string;
  /** Throttle rates per scope, e.g. { sessions: '60/min', auth: '5/10s' }; unset scopes are unlimited. */
  rates?: Partial<Record<Scope, string>>;
  /** Demo login, default demo@leady.test / leady-demo. */
  email?: string;
  password?: string;
  /** Number of sessions, default 3000. */
  scale?: number;
  /** PRNG seed, default 1. */
  seed?: number;
  /** The instant the data is relative to (sessions span the 90 days before it); default: now. */
  now?: Date;
  /** Faults active from the start. */
  faults?: readonly FaultSpec[];
  /** Extra static directories by URL prefix, e.g. { '/fixtures/': 'test/fixtures' }. '/demo/' is built in. */
  staticDirs?: Readonly<Record<string, string>>;
  /** Called after every request (the CLI prints these). */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Called with unexpected errors; default console.error. */
  onError?: (error: unknown) => void;
}

export interface ResolvedOptions {
  port: number;
  host: string;
  rates: Map<Scope, Rate>;
  email: string;
  password: string;
  scale: number;
  seed: number;
  now: Date;
  faults: readonly FaultSpec[];
  staticDirs: Record<string, string>;
  onRequest: ((entry: RequestLogEntry) => void) | undefined;
  onError: (error: unknown) => void;
}

export const DEFAULT_EMAIL = 'demo@leady.test';
export const DEFAULT_PASSWORD = 'leady-demo';
export const DEFAULT_SCALE = 3000;
const MAX_SCALE = 1_000_000;

/** sandbox/demo/, where the demo CRM pages live. */
const DEMO_DIR = fileURLToPath(new URL('./demo/', import.meta.url));

function integer(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

export function resolveOptions(options: SandboxOptions): ResolvedOptions {
  const rates = new Map<Scope, Rate>();
  for (const [scope, text] of Object.entries(options.rates ?? {})) {
    if (!isScope(scope)) throw new Error(`Unknown throttle scope "${scope}"`);
    if (text !== undefined) rates.set(scope, parseRate(text));
  }
  const now = options.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new Error('now must be a valid date');
  return {
    port: integer('port', options.port ?? 0, 0, 65_535),
    host: options.host ?? '127.0.0.1',
    rates,
    email: options.email ?? DEFAULT_EMAIL,
    password: options.password ?? DEFAULT_PASSWORD,
    scale: integer('scale', options.scale ?? DEFAULT_SCALE, 0, MAX_SCALE),
    seed: integer('seed', options.seed ?? 1, -2_147_483_648, 4_294_967_295),
    now,
    faults: options.faults ?? [],
    staticDirs: { '/demo/': DEMO_DIR, ...options.staticDirs },
    onRequest: options.onRequest,
    onError: options.onError ?? ((error) => console.error('[leady-sandbox]', error)),
  };
}
