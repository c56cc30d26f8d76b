/**
 * What a CRM page scanner produces. Adapters read the page and never change it: the content script
 * marks handled elements, batches the clues into one query and places the badges.
 */
import type { CompanyClues, PersonClues } from '../../shared/matching/types';

export type CrmAdapterId = 'hubspot' | 'pipedrive' | 'salesforce' | 'raynet' | 'generic';

/**
 * Where a finding sits: the header of a record page, one row of a list, or any other mention
 * (an associated company card, a website link, an IČO in running text).
 */
export type FindingRole = 'record' | 'row' | 'mention';

interface FindingBase {
  /** The element to place the badge beside: the name cell, title or link. */
  anchor: Element;
  role: FindingRole;
  /**
   * The list row or record the finding belongs to. Findings of one group that resolve to the same
   * company get one badge, the first one's: a row or record lists its own finding first.
   */
  group?: Element;
}

interface CompanyFinding extends FindingBase {
  kind: 'company';
  clues: CompanyClues;
}

interface PersonFinding extends FindingBase {
  kind: 'person';
  clues: PersonClues;
}

/** One thing on the page worth a badge; `kind` tells which clue shape `clues` has. */
export type PageFinding = CompanyFinding | PersonFinding;

export interface CrmAdapter {
  id: CrmAdapterId;
  /** True for the CRM's own (CRM-shaped) URLs; demo URLs are mapped first by `crmPathUrl`. */
  matchesUrl(url: URL): boolean;
  /** Pure: reads `doc`, takes ids and entity types from `url`, returns at most one finding per element. */
  scan(doc: Document, url: URL): PageFinding[];
}
