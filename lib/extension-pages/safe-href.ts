/**
 * The one gate every link built from API or page data goes through (popup, options and the CRM
 * page card). Text from Leady is untrusted (a company
 * "website" can be `javascript:alert(1)`), so only web pages, e-mail and phone links are ever made;
 * anything else is shown as plain text by the caller.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The normalised URL when it is an absolute http(s), mailto or tel link, else `undefined`. */
export function safeHref(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    // No base URL: a relative or protocol-relative value ("//evil.example") is refused, not resolved.
    url = new URL(trimmed);
  } catch {
    // Not an absolute URL: no link, the text stays text.
    return undefined;
  }
  // The URL parser already strips tabs/newlines ("java\nscript:") before reading the scheme.
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  // "https://www.bank.cz@evil.example/" reads as the bank's address but opens evil.example.
  if (url.username || url.password) return undefined;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '') return undefined;
  return url.href;
}

/** Companies often give "www.firma.cz" without a scheme: that is a website, so https is assumed. */
const BARE_HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?:[/?#]\S*)?$/u;
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

export function websiteHref(website: string | undefined): string | undefined {
  const value = website?.trim();
  if (!value) return undefined;
  if (HAS_SCHEME.test(value)) {
    const href = safeHref(value);
    return href?.startsWith('http') ? href : undefined;
  }
  return BARE_HOST.test(value) ? safeHref(`https://${value}`) : undefined;
}

/** Conservative on purpose: `?` or `&` in an address could add headers (bcc, body) to the mail. */
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}$/u;

export function mailtoHref(email: string | undefined): string | undefined {
  const value = email?.trim();
  if (!value || !EMAIL.test(value)) return undefined;
  return safeHref(`mailto:${value}`);
}

const PHONE = /^\+?[\d\s().\-/]{3,30}$/;

export function telHref(phone: string | undefined): string | undefined {
  const value = phone?.trim();
  if (!value || !PHONE.test(value)) return undefined;
  const digits = value.replace(/[^\d+]/g, '');
  if (digits.replace('+', '').length < 3) return undefined;
  return safeHref(`tel:${digits}`);
}
