/**
 * The company keys derived from clues, identical for the index side (Leady's records) and the
 * query side (page text), so that "same company" reduces to "same key".
 */
import { normalizeCompanyName } from './company-name';
import { registrableDomain } from './domain';
import { emailDomain } from './email';
import { isFreeMailDomain } from './free-mail';
import { findIcos, icoNumber } from './ico';
import { isSharedPlatform } from './shared-platforms';

/**
 * Worth scanning with findIcos only if there is text besides the digits (else icoNumber already
 * said no) and some 6 digits stand together (possibly spaced).
 */
const HAS_DIGIT_RUN = /\d(?:\s?\d){5}/;
const HAS_NON_DIGIT = /[^\d\s]/;

/**
 * IČO as a number (IČOs are < 10^8, so a small integer: no string per company in the index),
 * or 0 for none (0 never passes the checksum). A field holding more than the number
 * ("IČ: 123 45 678") counts only if exactly one valid IČO is in it.
 */
export function icoKey(ico: unknown): number {
  if (typeof ico !== 'string') return 0;
  const direct = icoNumber(ico);
  if (direct !== 0 || ico.length > 200 || !HAS_NON_DIGIT.test(ico) || !HAS_DIGIT_RUN.test(ico)) return direct;
  const found = findIcos(ico);
  return found.length === 1 ? Number(found[0]) : 0;
}

/**
 * Registrable domain of a website, unless it is a platform many companies share
 * ("facebook.com/pekarna"). A website field holding an e-mail address is read as one.
 */
export function websiteKey(website: unknown): string | undefined {
  if (typeof website === 'string' && websiteIsEmail(website)) return emailDomainKey(website);
  const domain = registrableDomain(website);
  return domain === undefined || isSharedPlatform(domain) ? undefined : domain;
}

/** A "website" like "info@firma.cz" (but not "https://user@firma.cz/"). */
function websiteIsEmail(website: string): boolean {
  return website.includes('@') && !HTTP_URL.test(website);
}

const HTTP_URL = /^\s*https?:/i;

/** Registrable domain of an address, unless it is free-mail or a shared platform. */
export function emailDomainKey(email: unknown): string | undefined {
  const domain = emailDomain(email);
  if (domain === undefined || isFreeMailDomain(domain) || isSharedPlatform(domain)) {
    return undefined;
  }
  return domain;
}

/** A company's lookup keys, as the cache stores them beside each record and the index holds them. */
export interface CompanyKeys {
  /** Registrable domains of the website and of the non-free e-mail (one entry when they agree). */
  domains: string[];
  nameKey?: string;
  /** The IČO as 8 digits. */
  ico?: string;
}

/**
 * The keys of a company (a Leady record), derived by the same functions the matcher applies to page
 * text, so the cache, the index and a page never disagree on what "the same company" is.
 */
export function companyKeys(company: {
  name: string;
  website?: string;
  email?: string;
  ico?: string;
}): CompanyKeys {
  const domains = new Set<string>();
  const site = websiteKey(company.website);
  if (site) domains.add(site);
  const mail = emailDomainKey(company.email);
  if (mail) domains.add(mail);
  const ico = icoKey(company.ico);
  return {
    domains: [...domains],
    nameKey: normalizeCompanyName(company.name),
    ico: ico === 0 ? undefined : String(ico).padStart(8, '0'),
  };
}
