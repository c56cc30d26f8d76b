import type { LeadyErrorData } from '../api/errors';

/** What the popup's company detail and the page overlay's card show about one company. */
export interface CompanyInsight {
  company: {
    id: number;
    name: string;
    website?: string;
    email?: string;
    ico?: string;
    phones: string[];
    /** Street, zip and city in one line, when known. */
    address?: string;
    country?: string;
    turnover?: string;
    magnitude?: string;
    contactPersons: string[];
  };
  persons: Array<{ id: number; name?: string; position?: string; email?: string; phone?: string }>;
  visits: {
    /** Sessions in the last 30 days. */
    count30d: number;
    /** Seconds spent in those sessions. */
    seconds30d: number;
    lastVisitAt?: number;
    /** Most recent sessions (any age in the cache), newest first. */
    recent: Array<{
      key: string;
      resource: string;
      firstAt?: number;
      lastAt?: number;
      pages?: number;
      seconds: number;
    }>;
  };
  /** Most-read pages over the recent sessions whose page views are known. */
  topPages: Array<{ url: string; title?: string; views: number; seconds: number }>;
  /** 'fresh': details fetched within their time-to-live; 'cached': older; 'summary': only what sessions told. */
  detailState: 'fresh' | 'cached' | 'summary';
  /** Why the details could not be refreshed (shown small; cached data is still shown). */
  refreshError?: LeadyErrorData;
  fetchedAt?: number;
}
