/**
 * E-mail addresses as page text shows them: "Jan.Novak@Firma.cz", "mailto:jan@firma.cz?subject=…",
 * "Jan Novák <jan@firma.cz>". Addresses are compared case-insensitively: local parts are
 * case-sensitive in theory, but no mail system in practice treats them so, and CRMs re-case them.
 */
import { registrableDomain } from './domain';

/** RFC 5321 caps a forward path at 256 octets; anything longer is not an address. */
const MAX_EMAIL_LENGTH = 254;
/**
 * A local part without the characters that only quoted local parts may have (which no CRM shows),
 * nor '/', '#' or '?': RFC 5322 allows them unquoted, but no mailbox people use has them, and the
 * host is found as in a URL, where they would end it before the '@' ("firma.cz#x@gmail.com" is
 * a gmail.com address, never firma.cz's).
 */
const ADDRESS = /^[^\s@<>()[\]\\,;:"/#?]{1,64}@[^\s@<>()[\]\\,;:"]+$/;
const ANGLE_BRACKETED = /<([^<>]*)>\s*$/;

/** Lowercased "local@host", or `undefined` when the text is not one address with a real domain. */
export function normalizeEmail(input: unknown): string | undefined {
  const address = addressSyntax(input);
  return address === undefined || registrableDomain(address) === undefined ? undefined : address;
}

/** Registrable domain of an address ("jan@praha.firma.cz" → "firma.cz"), free-mail included. */
export function emailDomain(input: unknown): string | undefined {
  const address = addressSyntax(input);
  return address === undefined ? undefined : registrableDomain(address);
}

/**
 * The lowercased address if `input` is shaped like one, without checking its domain: enough to
 * look up an address that the index only holds if normalizeEmail accepted it.
 */
export function addressSyntax(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > MAX_EMAIL_LENGTH * 2 || !input.includes('@'))
    return undefined;
  let text = input.trim();
  if (text.endsWith('>')) {
    const bracketed = ANGLE_BRACKETED.exec(text);
    if (bracketed) text = bracketed[1]!.trim();
  }
  if (text.charCodeAt(6) === 58 /* : */ && text.slice(0, 7).toLowerCase() === 'mailto:') text = text.slice(7);
  const query = text.indexOf('?');
  if (query >= 0) text = text.slice(0, query);
  if (text.length > MAX_EMAIL_LENGTH || !ADDRESS.test(text)) return undefined;
  return text.toLowerCase();
}
