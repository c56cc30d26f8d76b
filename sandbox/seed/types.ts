/** Shapes of the seeded data. API field names (snake_case) are kept where a record is served as is. */
import type { CodeListEntry, CountryCode } from './code-lists';

export type PageKind = 'home' | 'pricing' | 'product' | 'blog' | 'contact' | 'course' | 'other';

interface Page {
  path: string;
  /** null: the page has no <title>, so Leady reports the action without one. */
  title: string | null;
  kind: PageKind;
}

export interface Resource {
  domain: string;
  name: string;
  country: CountryCode;
  /** Scheme and host that action locations use (the site may live on www.). */
  siteOrigin: string;
  pages: readonly Page[];
}

export interface Company {
  id: number;
  name: string;
  ico: string;
  turnover: string | null;
  turnover_numeric: number | null;
  magnitude: string | null;
  email: string | null;
  website: string | null;
  phones: string[];
  address: string | null;
  city: string | null;
  region: string | null;
  global_country: CountryCode;
  zipcode: string | null;
  contact_persons: string[];
  /** Shown as `territory` in a session's company summary. */
  territory: string | null;
  /** Required as `?secure_token=` on the company's detail_url. */
  secureToken: string;
  personIds: number[];
}

export interface Person {
  id: number;
  name: string;
  position: string;
  email: string | null;
  phone: string | null;
  companyId: number;
  secureToken: string;
}

export type ReferrerKind = 'direct' | 'search' | 'social' | 'catalog' | 'email' | 'partner';

export interface Referrer {
  kind: ReferrerKind;
  /** null: direct visit (no Referer header). */
  url: string | null;
  /** Search engines pass a query Leady can show; for others it is always null. */
  engine: boolean;
}

/** What a saved filter selects; each field narrows the list like the matching query parameter. */
export interface SessionCriteria {
  sessionType?: 'identified' | 'unidentified';
  actionCountMin?: number;
  secondsSpentMin?: number;
  referrerKinds?: readonly ReferrerKind[];
  /** Only sessions that viewed a page of this kind. */
  visitedPageKind?: PageKind;
  companyCountry?: CountryCode;
}

export interface SavedFilter {
  id: number;
  name: string;
  /** Domain the filter was made for; null = all resources. */
  resource: string | null;
  criteria: SessionCriteria;
}

/**
 * All sessions, stored column-wise in typed arrays so 100 000 sessions take a few MB and filter in
 * milliseconds. Index i is the i-th session in time order; its id is `firstId + i`, so ordering by id
 * is ordering by first_timestamp. Actions of session i are the slice
 * [actionStart[i], actionStart[i] + actionCount[i]) of the action columns.
 */
export interface SessionTable {
  count: number;
  firstId: number;
  resource: Uint8Array;
  /** Index into SeedData.companies, or -1 for an unidentified visitor. */
  company: Int32Array;
  /** Unix seconds. */
  start: Float64Array;
  last: Float64Array;
  referrer: Uint16Array;
  /** Index into the resource language's search queries, or -1. */
  query: Int16Array;
  actionStart: Uint32Array;
  actionCount: Uint8Array;
  /** Sum of the actions' known seconds_spent; what seconds_spent_min/max compare. */
  secondsSpent: Uint32Array;
  actionPage: Uint16Array;
  /** Seconds from session start to this page view. */
  actionOffset: Uint32Array;
  /** -1 encodes null (time on page unknown). */
  actionSeconds: Int32Array;
  /** Bit flags, see ACTION_FLAG_*. */
  actionFlags: Uint8Array;
}

/** The action's title is missing even though the page has one (page changed, tracking glitch). */
export const ACTION_FLAG_NO_TITLE = 1;
/** The landing page URL carries campaign parameters. */
export const ACTION_FLAG_UTM = 2;

export interface HostileIds {
  /** Name is an HTML injection attempt. */
  htmlName: number;
  /** Website is a javascript: URL. */
  javascriptWebsite: number;
  /** Name about 300 characters long. */
  longName: number;
  /** Right-to-left (Arabic) name. */
  rtlName: number;
}

export interface SeedData {
  seed: number;
  /** The instant the data is relative to: sessions span the 90 days before it. */
  now: Date;
  resources: readonly Resource[];
  companies: readonly Company[];
  companyIndexById: ReadonlyMap<number, number>;
  persons: readonly Person[];
  personById: ReadonlyMap<number, Person>;
  referrers: readonly Referrer[];
  /** Search queries by resource domain. */
  queries: Readonly<Record<string, readonly string[]>>;
  sessions: SessionTable;
  savedFilters: readonly SavedFilter[];
  turnovers: readonly CodeListEntry[];
  magnitudes: readonly CodeListEntry[];
  /** Blacklist entries the account starts with (its own company, a competitor). */
  initialBlacklist: readonly { id: number; companyId: number; created: Date }[];
  hostile: HostileIds;
  /** Id of the account owner's own company (blacklisted at start). */
  ownCompanyId: number;
}
