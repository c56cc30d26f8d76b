/**
 * The live set of faults, shared by the control endpoint, the CLI and in-process tests. Each request
 * to the API asks `take()` which faults hit it; that consumes one use of each fault it returns.
 */
import type { Scope } from '../api/scopes';
import { globToRegExp, pathMatches } from './glob';
import { parseFaultSpec } from './parse';
import type { ActiveFault, FaultKind, FaultSpec } from './types';

export interface FaultTarget {
  method: string;
  /** Full URL path, e.g. "/v1/sessions/12/". */
  fullPath: string;
  /** Path after the API root, e.g. "sessions/12/". */
  apiPath: string;
  scope: Scope | null;
}

export interface FaultHit {
  /** Sum of all matching latency faults. */
  latencyMs: number;
  /** Replaces the response before the request reaches the API: html-5xx, empty-5xx, throttle, drop. */
  replace: ActiveFault | null;
  /** Distorts the real response: malformed-json, wrong-shape. */
  distort: ActiveFault | null;
}

const REPLACING: ReadonlySet<FaultKind> = new Set(['html-5xx', 'empty-5xx', 'throttle', 'drop']);

interface Entry {
  fault: ActiveFault;
  pattern: RegExp | null;
  absolute: boolean;
}

export class FaultController {
  private entries: Entry[] = [];
  private nextId = 1;

  /** Adds faults (validated like control-endpoint JSON) and returns them with their ids. */
  add(specs: FaultSpec | readonly FaultSpec[]): ActiveFault[] {
    const list = Array.isArray(specs) ? specs : [specs as FaultSpec];
    const added = list.map((raw) => {
      const spec = parseFaultSpec(raw);
      const fault: ActiveFault = { ...spec, id: this.nextId++, remaining: spec.times ?? null, hits: 0 };
      return {
        fault,
        pattern: spec.path === undefined ? null : globToRegExp(spec.path),
        absolute: spec.path?.startsWith('/') ?? false,
      };
    });
    this.entries.push(...added);
    return added.map((entry) => ({ ...entry.fault }));
  }

  remove(id: number): boolean {
    const before = this.entries.length;
    this.entries = this.entries.filter((entry) => entry.fault.id !== id);
    return this.entries.length !== before;
  }

  clear(): void {
    this.entries = [];
  }

  list(): ActiveFault[] {
    return this.entries.map((entry) => ({ ...entry.fault }));
  }

  private matches(entry: Entry, target: FaultTarget): boolean {
    const { fault } = entry;
    if (fault.scope !== undefined && fault.scope !== target.scope) return false;
    if (fault.method !== undefined && fault.method !== target.method) return false;
    return (
      entry.pattern === null || pathMatches(entry.pattern, entry.absolute, target.fullPath, target.apiPath)
    );
  }

  private consume(entry: Entry): ActiveFault {
    entry.fault.hits++;
    if (entry.fault.remaining !== null) {
      entry.fault.remaining--;
      if (entry.fault.remaining <= 0) this.entries = this.entries.filter((e) => e !== entry);
    }
    return { ...entry.fault };
  }

  /**
   * Faults for one request. All latency faults add up; of the others, the earliest added wins, and a
   * distortion is only used up when no replacing fault took the request.
   */
  take(target: FaultTarget): FaultHit {
    const hit: FaultHit = { latencyMs: 0, replace: null, distort: null };
    const matching = this.entries.filter((entry) => this.matches(entry, target));
    for (const entry of matching) {
      if (entry.fault.kind === 'latency') hit.latencyMs += this.consume(entry).ms ?? 1000;
    }
    const replacing = matching.find((entry) => REPLACING.has(entry.fault.kind));
    if (replacing) {
      hit.replace = this.consume(replacing);
      return hit;
    }
    const distorting = matching.find((entry) => entry.fault.kind !== 'latency');
    if (distorting) hit.distort = this.consume(distorting);
    return hit;
  }
}
