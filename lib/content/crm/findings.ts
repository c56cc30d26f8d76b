/**
 * Collects one scan's findings: one finding per anchor element, none without a usable clue.
 */
import type { CompanyClues, PersonClues } from '../../shared/matching/types';
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

  company(anchor: Element, role: FindingRole, clues: CompanyClues, group?: Element): boolean {
    const clean = companyClues(clues);
    if (!clean || this.anchors.has(anchor)) return false;
    this.anchors.add(anchor);
    this.list.push(withGroup({ kind: 'company', clues: clean, anchor, role }, group));
    return true;
  }

  person(anchor: Element, role: FindingRole, clues: PersonClues, group?: Element): boolean {
    const clean = personClues(clues);
    if (!clean || this.anchors.has(anchor)) return false;
    this.anchors.add(anchor);
    this.list.push(withGroup({ kind: 'person', clues: clean, anchor, role }, group));
    return true;
  }
}

/** Sets `group` only when there is one, so findings without a group compare equal to plain objects. */
function withGroup<T extends PageFinding>(finding: T, group: Element | undefined): T {
  if (group) finding.group = group;
  return finding;
}
