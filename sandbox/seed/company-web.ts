/**
 * A company's website and e-mail. Leady copies websites as the firms typed them, so they come with
 * and without scheme and www; small firms often have no site and a free mailbox instead.
 */
import type { CountryCode } from './code-lists';
import type { Rng } from './prng';
import { slugify } from './text';
import { COMPANY_MAIL_LOCALS, FREE_MAIL_DOMAINS } from './vocab/companies';

export interface WebPresence {
  website: string | null;
  email: string | null;
  /** Domain of the company's own mailboxes; null when it has none. */
  mailDomain: string | null;
}

function domainFor(rng: Rng, base: string, country: CountryCode): string {
  // Connectives ("Hájek a Malý") never make it into a domain.
  const words = slugify(base)
    .split('-')
    .filter((word) => word.length > 1);
  // Long names get shortened the way people do: first two words, sometimes joined.
  const label = words.slice(0, 2).join(rng.chance(0.5) ? '-' : '');
  const tld = rng.weighted([
    [country === 'SK' ? 'sk' : 'cz', 88],
    ['eu', 5],
    ['com', 7],
  ] as const);
  return `${label}.${tld}`;
}

function websiteFrom(rng: Rng, domain: string): string {
  return rng.weighted([
    [`https://www.${domain}`, 30],
    [`http://www.${domain}`, 15],
    [`www.${domain}`, 25],
    [domain, 12],
    [`https://${domain}/`, 10],
    [`https://${domain}`, 8],
  ] as const);
}

export function randomWebPresence(rng: Rng, base: string, country: CountryCode): WebPresence {
  const hasSite = rng.chance(0.9);
  const domain = hasSite ? domainFor(rng, base, country) : null;
  const website = domain ? websiteFrom(rng, domain) : null;
  if (rng.chance(0.08)) return { website, email: null, mailDomain: null };
  if (!domain || rng.chance(0.2)) {
    const provider = rng.pick(FREE_MAIL_DOMAINS[country]);
    const local = slugify(base, rng.chance(0.5) ? '.' : '');
    return { website, email: `${local}@${provider}`, mailDomain: null };
  }
  return { website, email: `${rng.pick(COMPANY_MAIL_LOCALS)}@${domain}`, mailDomain: domain };
}
