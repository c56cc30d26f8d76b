/**
 * Which page elements have been handled. One annotation per anchor element (a Map for iteration,
 * plus a `data-leady-anchor` attribute so handled elements are visible in the page's DOM): a
 * re-render that keeps the element keeps its badge, an element whose clues changed (a virtualised
 * list recycling its row) is asked about again, and elements that left the page are forgotten.
 */
import type { PageFinding } from '../crm/types';
import type { MatchQuery, MatchResult } from '../matching/types';

export const ANCHOR_ATTRIBUTE = 'data-leady-anchor';

export interface Annotation {
  anchor: Element;
  finding: PageFinding;
  /** The finding's clues as one string: a change means a different record in the same element. */
  key: string;
  query: MatchQuery;
  /** The background's answer; undefined while pending, or when nothing matched. */
  result?: Exclude<MatchResult, { state: 'none' }>;
  /** Waiting for (or due for) an answer. */
  pending: boolean;
  /** The badge, while one is shown. */
  host?: HTMLElement;
  /** How often the page removed the badge and it was put back. */
  reattached: number;
}

function queryOf(id: string, finding: PageFinding): MatchQuery {
  return finding.kind === 'company'
    ? { id, kind: 'company', clues: finding.clues }
    : { id, kind: 'person', clues: finding.clues };
}

function clueKey(finding: PageFinding): string {
  return `${finding.kind}|${finding.role}|${JSON.stringify(finding.clues)}`;
}

export class Annotations {
  private readonly byAnchor = new Map<Element, Annotation>();
  private nextId = 0;

  /**
   * Takes one scan's findings. Returns the annotations to ask about (new, changed, or due again);
   * `drop` is called for each annotation that no longer applies, before it is forgotten.
   */
  sync(findings: readonly PageFinding[], drop: (annotation: Annotation) => void): Annotation[] {
    const seen = new Set<Element>();
    const due: Annotation[] = [];
    for (const finding of findings) {
      const { anchor } = finding;
      if (seen.has(anchor)) continue;
      seen.add(anchor);
      const key = clueKey(finding);
      const known = this.byAnchor.get(anchor);
      if (known && known.key === key) {
        if (known.pending) due.push(known);
        continue;
      }
      if (known) drop(known);
      const annotation: Annotation = {
        anchor,
        finding,
        key,
        query: queryOf(`q${this.nextId++}`, finding),
        pending: true,
        reattached: 0,
      };
      this.byAnchor.set(anchor, annotation);
      anchor.setAttribute(ANCHOR_ATTRIBUTE, annotation.query.id);
      due.push(annotation);
    }
    for (const [anchor, annotation] of this.byAnchor) {
      if (!seen.has(anchor)) this.forget(annotation, drop);
    }
    return due;
  }

  /** Every annotation asks again on the next scan (the account or the cache changed); badges stay. */
  markAllDue(): void {
    for (const annotation of this.byAnchor.values()) annotation.pending = true;
  }

  get(anchor: Element): Annotation | undefined {
    return this.byAnchor.get(anchor);
  }

  isCurrent(annotation: Annotation): boolean {
    return this.byAnchor.get(annotation.anchor) === annotation;
  }

  values(): IterableIterator<Annotation> {
    return this.byAnchor.values();
  }

  clear(drop: (annotation: Annotation) => void): void {
    for (const annotation of [...this.byAnchor.values()]) this.forget(annotation, drop);
  }

  private forget(annotation: Annotation, drop: (annotation: Annotation) => void): void {
    drop(annotation);
    this.byAnchor.delete(annotation.anchor);
    annotation.anchor.removeAttribute(ANCHOR_ATTRIBUTE);
  }
}
