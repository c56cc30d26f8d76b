/**
 * Collects one scan's findings: one finding per anchor element, none without a usable clue.
 */
import type { CompanyClues, PersonClues } from '../matching/types';
import { companyClues, personClues } from './clues';
import type { FindingRole, PageFinding } from './types';

export class Findings {
  readonly list: PageFinding[] = [];
  private readonly anchors = new Set<Element>();

  /** Whether an element already carries a finding (or was consumed into one). */
  has(el: Element): boolean {
    return this.anchors.has(el);
  }

  /** Marks an element whose value went into another finding, so it yields none of its own. */
  claim(el: Element | undefined): void {
    if (el) this.anchors.add(el);
  }

  company(anchor: Element, role: FindingRole, clues: CompanyClues): boolean {
    const clean = companyClues(clues);
    if (!clean || this.anchors.has(anchor)) return false;
    this.anchors.add(anchor);
    this.list.push({ kind: 'company', clues: clean, anchor, role });
    return true;
  }

  person(anchor: Element, role: FindingRole, clues: PersonClues): boolean {
    const clean = personClues(clues);
    if (!clean || this.anchors.has(anchor)) return false;
    this.anchors.add(anchor);
    this.list.push({ kind: 'person', clues: clean, anchor, role });
    return true;
  }
}
