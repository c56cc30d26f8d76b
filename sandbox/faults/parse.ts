/**
 * Validating fault specs from JSON (control endpoint) and from `--fault` flags. Errors name the
 * offending field so a mistyped fault fails loudly instead of silently doing nothing.
 */
import { isScope, SCOPES } from '../api/scopes';
import { FAULT_KINDS, type FaultKind, type FaultSpec, WRONG_SHAPES, type WrongShape } from './types';

const KEYS = new Set(['kind', 'path', 'scope', 'method', 'times', 'ms', 'status', 'retryAfter', 'shape']);

function positiveInt(value: unknown, field: string, min: number, max: number): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw new Error(`Fault field "${field}" must be an integer from ${min} to ${max}`);
  }
  return n;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '')
    throw new Error(`Fault field "${field}" must be a non-empty string`);
  return value;
}

export function parseFaultSpec(value: unknown): FaultSpec {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('A fault must be a JSON object such as {"kind": "html-5xx", "scope": "sessions"}');
  }
  const raw = value as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!KEYS.has(key)) throw new Error(`Unknown fault field "${key}"`);
  }
  if (!(FAULT_KINDS as readonly unknown[]).includes(raw.kind)) {
    throw new Error(`Fault "kind" must be one of: ${FAULT_KINDS.join(', ')}`);
  }
  const spec: FaultSpec = { kind: raw.kind as FaultKind };
  if (raw.path !== undefined) spec.path = text(raw.path, 'path');
  if (raw.scope !== undefined) {
    if (!isScope(raw.scope)) throw new Error(`Fault "scope" must be one of: ${SCOPES.join(', ')}`);
    spec.scope = raw.scope;
  }
  if (raw.method !== undefined) spec.method = text(raw.method, 'method').toUpperCase();
  if (raw.times !== undefined) spec.times = positiveInt(raw.times, 'times', 1, 1_000_000);
  if (raw.ms !== undefined) spec.ms = positiveInt(raw.ms, 'ms', 0, 600_000);
  if (raw.status !== undefined) spec.status = positiveInt(raw.status, 'status', 500, 599);
  // Up to ten years: a hostile or broken proxy's Retry-After must be reproducible here.
  if (raw.retryAfter !== undefined)
    spec.retryAfter = positiveInt(raw.retryAfter, 'retryAfter', 0, 315_360_000);
  if (raw.shape !== undefined) {
    if (!(WRONG_SHAPES as readonly unknown[]).includes(raw.shape)) {
      throw new Error(`Fault "shape" must be one of: ${WRONG_SHAPES.join(', ')}`);
    }
    spec.shape = raw.shape as WrongShape;
  }
  return spec;
}

/** A control-endpoint body: one spec, a list of specs, or {"faults": [...]}. */
export function parseFaultList(value: unknown): FaultSpec[] {
  if (Array.isArray(value)) return value.map(parseFaultSpec);
  if (value !== null && typeof value === 'object' && 'faults' in value) {
    const list = (value as { faults: unknown }).faults;
    if (!Array.isArray(list)) throw new Error('"faults" must be a list');
    return list.map(parseFaultSpec);
  }
  return [parseFaultSpec(value)];
}

/**
 * `--fault` flag: JSON, or "kind" / "kind:key=value,key=value", e.g.
 * "latency:ms=800", "html-5xx:scope=sessions,times=3", "throttle:path=persons/**,retryAfter=20".
 */
export function parseFaultFlag(flag: string): FaultSpec {
  const trimmed = flag.trim();
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      throw new Error(`--fault ${flag}: not valid JSON`);
    }
    return parseFaultSpec(json);
  }
  const colon = trimmed.indexOf(':');
  const kind = colon === -1 ? trimmed : trimmed.slice(0, colon);
  const spec: Record<string, unknown> = { kind };
  if (colon !== -1) {
    for (const pair of trimmed.slice(colon + 1).split(',')) {
      if (pair.trim() === '') continue;
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new Error(`--fault ${flag}: expected key=value, got "${pair}"`);
      spec[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
    }
  }
  return parseFaultSpec(spec);
}
