/**
 * Which page elements have been handled. One annotation per anchor element (a Map for iteration,
 * plus a `data-leady-anchor` attribute so handled elements are visible in the page's DOM): a
 * re-render that keeps the element keeps its badge, an element whose clues changed (a virtualised
 * list recycling its row) is asked about again, and elements that left the page are forgotten.
 */

import type { MatchQuery, MatchResult } from '../shared/matching/types';
import type { PageFinding } from './crm/types';

const ANCHOR_ATTRIBUTE = 'data-leady-anchor';

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
  /** The finding's place in the latest scan: in a row or record, the first finding's badge wins. */
  rank: number;
  /** An earlier finding of the same row or record shows the same company: no badge of its own. */
  duplicate: boolean;
}

function queryOf(id: string, finding: PageFinding): MatchQuery {
  return finding.kind === 'company'
    ? { id, kind: 'company', clues: finding.clues }
    : { id, kind: 'person', clues: finding.clues };
}

function clueKey(finding: PageFinding): string {
  return `${finding.kind}|${finding.role}|${JSON.stringify(finding.clues)}`;
}

/** The company a badge would show for a result, as a key; undefined for a person or no company. */
function shownCompany(result: Annotation['result']): string | undefined {
  if (!result) return undefined;
  if (result.state === 'ambiguous') return `ambiguous:${result.companyIds.join(',')}`;
  return result.personId === undefined ? `company:${result.companyId}` : undefined;
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
    findings.forEach((finding, rank) => {
      const { anchor } = finding;
      if (seen.has(anchor)) return;
      seen.add(anchor);
      const key = clueKey(finding);
      const known = this.byAnchor.get(anchor);
      if (known && known.key === key) {
        known.rank = rank;
        // The same element and clues, re-rendered into another row: the group is the new row.
        known.finding = finding;
        if (known.pending) due.push(known);
        return;
      }
      if (known) drop(known);
      const annotation: Annotation = {
        anchor,
        finding,
        key,
        query: queryOf(`q${this.nextId++}`, finding),
        pending: true,
        reattached: 0,
        rank,
        duplicate: false,
      };
      this.byAnchor.set(anchor, annotation);
      anchor.setAttribute(ANCHOR_ATTRIBUTE, annotation.query.id);
      due.push(annotation);
    });
    for (const [anchor, annotation] of this.byAnchor) {
      if (!seen.has(anchor)) this.forget(annotation, drop);
    }
    return due;
  }

  /**
   * One badge per company in each row or record: marks as duplicates the findings whose answer is a
   * company an earlier finding of the same group already shows (a row naming one company by its
   * name, website and e-mail). A person identified as such keeps its badge; so does a second company
   * in the row. Returns the annotations whose mark changed, to render again.
   */
  settleGroups(): Annotation[] {
    const groups = new Map<Element, Annotation[]>();
    for (const annotation of this.byAnchor.values()) {
      const group = annotation.finding.group;
      if (!group) continue;
      const members = groups.get(group);
      if (members) members.push(annotation);
      else groups.set(group, [annotation]);
    }
    const changed: Annotation[] = [];
    for (const members of groups.values()) {
      const shown = new Set<string>();
      for (const annotation of members.sort((a, b) => a.rank - b.rank)) {
        const company = shownCompany(annotation.result);
        const duplicate = company !== undefined && shown.has(company);
        if (company !== undefined) shown.add(company);
        if (duplicate !== annotation.duplicate) changed.push(annotation);
        annotation.duplicate = duplicate;
      }
    }
    return changed;
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
