/**
 * Turning page text into clues. Every value is untrusted: a clue is kept only when it looks like
 * what it claims to be, so markup, scripts or `javascript:` links never become a website or e-mail.
 * The matcher normalises further (IČO checksum, domains); here we only reject what is not a clue.
 */
import type { CompanyClues, PersonClues } from '../../shared/matching/types';
import { collapse } from './text';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A name needs at least one letter or digit: "-" or "—" is how CRMs show an empty field. */
export function cleanName(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const name = collapse(raw);
  return LETTER_OR_DIGIT.test(name) ? name : undefined;
}

const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
/**
 * "firma.cz", "www.firma.cz/kontakt", "https://žďár.cz:8080/": an optional http(s) scheme, a host with
 * a top-level domain (no credentials, no IP address, no "localhost"), an optional port and path.
 */
const WEBSITE = new RegExp(
  `^(?:https?://)?(?:${LABEL}\\.)+\\p{L}{2,63}\\.?(?::\\d{1,5})?(?:[/?#]\\S*)?$`,
  'iu',
);

/**
 * A website clue from text or an href: an http(s) URL with a dotted host, or a bare host.
 * Anything with another scheme (`javascript:`, `data:`, `mailto:`) is rejected.
 */
export function cleanWebsite(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const text = collapse(raw);
  return WEBSITE.test(text) ? text : undefined;
}

const EMAIL = new RegExp(`[^\\s@<>()\\[\\]\\\\,;:"'/]{1,64}@(?:${LABEL}\\.)+\\p{L}{2,63}`, 'u');

/** The first e-mail address in a text ("jan@firma.cz (Work)") or in a `mailto:` href. */
export function cleanEmail(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let text = raw.slice(0, 1000);
  if (/^mailto:/i.test(text)) {
    text = text.slice('mailto:'.length).split('?')[0] ?? '';
    try {
      text = decodeURIComponent(text);
    } catch {
      // A malformed escape: read the address as written.
    }
  }
  const match = EMAIL.exec(collapse(text));
  return match ? match[0] : undefined;
}

/**
 * An IČO as written in a field ("27082536", "270 82 536"): digits and spaces only, 6–8 digits.
 * Older registrations have fewer digits and are left-padded by the matcher; the checksum is its job.
 */
/** An IČO's digits alone: how two mentions of one IČO compare, however the page spaced them. */
export const icoDigits = (ico: string): string => ico.replace(/ /g, '');

export function cleanIco(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const text = collapse(raw, 40);
  if (!/^\d[\d ]*\d$/.test(text)) return undefined;
  const digits = icoDigits(text).length;
  return digits >= 6 && digits <= 8 ? text : undefined;
}

/** Company clues without empty keys; undefined when nothing usable is left. */
export function companyClues(clues: CompanyClues): CompanyClues | undefined {
  const out: CompanyClues = {};
  if (clues.name) out.name = clues.name;
  if (clues.website) out.website = clues.website;
  if (clues.email) out.email = clues.email;
  if (clues.ico) out.ico = clues.ico;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Person clues without empty keys; undefined when the person has neither name nor e-mail. */
export function personClues(clues: PersonClues): PersonClues | undefined {
  const out: PersonClues = {};
  if (clues.name) out.name = clues.name;
  if (clues.email) out.email = clues.email;
  const company = clues.company && companyClues(clues.company);
  if (company) out.company = company;
  return out.name || out.email ? out : undefined;
}
