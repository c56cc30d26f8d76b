/** Public surface of the matcher: key functions (also used by page scanners) and the index. */
export { type CompanyKeys, companyKeys, emailDomainKey, icoKey, websiteKey } from './company-keys';
export { normalizeCompanyName } from './company-name';
export { registrableDomain } from './domain';
export { emailDomain, normalizeEmail } from './email';
export { FREE_MAIL_DOMAINS, isFreeMailDomain } from './free-mail';
export { findIcos, hasValidIcoChecksum, normalizeIco } from './ico';
export { createMatchIndex, type IndexedCompany, type IndexedPerson, type MatchIndex } from './match-index';
export { matchQueries } from './match-queries';
export { normalizePersonName } from './person-name';
export { lookupKeysOf, readQuery } from './query-keys';
export type * from './types';
