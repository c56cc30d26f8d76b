/** Public surface of the matcher: key functions (also used by page scanners) and the index. */
export { companyKeys, emailDomainKey, icoKey, websiteKey } from './company-keys';
export { normalizeCompanyName } from './company-name';
export { normalizeEmail } from './email';
export { createMatchIndex, type MatchIndex } from './match-index';
export { matchQueries } from './match-queries';
export { lookupKeysOf, readQuery } from './query-keys';
export type * from './types';
