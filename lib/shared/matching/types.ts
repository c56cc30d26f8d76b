/**
 * The data that crosses from a page to the matcher and back. Plain JSON: a content script sends
 * queries to the background in one batched message and gets results, never cache contents.
 */

/** What a page says about a company. Every clue is optional and untrusted page text. */
export interface CompanyClues {
  name?: string;
  /** A URL or bare host as found on the page ("www.firma.cz", "https://firma.cz/kontakt"). */
  website?: string;
  email?: string;
  /** Czech IČO as found on the page (may contain spaces); validated before use. */
  ico?: string;
}

/** What a page says about a person; `company` is the record's company where the page shows one. */
export interface PersonClues {
  name?: string;
  email?: string;
  company?: CompanyClues;
}

export type MatchQuery =
  | { id: string; kind: 'company'; clues: CompanyClues }
  | { id: string; kind: 'person'; clues: PersonClues };

/** Which clue decided a match, strongest first. */
export type MatchKey = 'ico' | 'domain' | 'email-domain' | 'name' | 'person-email' | 'person-name';

export type MatchResult =
  | { id: string; state: 'matched'; companyId: number; personId?: number; via: MatchKey }
  /** Several companies fit equally well: shown as ambiguous, never guessed. */
  | { id: string; state: 'ambiguous'; companyIds: number[]; via: MatchKey }
  | { id: string; state: 'none' };

/** A cached Leady company as the matcher indexes it; only its keys are kept, never the record. */
export interface MatchableCompany {
  id: number;
  name: string;
  website?: string;
  email?: string;
  ico?: string;
}

/** A cached Leady person (a contact of a visiting company). */
export interface MatchablePerson {
  id: number;
  companyId: number;
  name: string;
  email?: string;
}
