/** Random companies and page clues whose keys collide often: shared by the reference tests. */
import type { CompanyClues, MatchableCompany } from '../../lib/shared/matching/types';

const BASES = [
  'pekarna',
  'stavby',
  'elektro',
  'autoservis',
  'truhlarstvi',
  'zahradnictvi',
  'tiskarna',
  'seznam',
];
const SUFFIXES = ['cz', 'sk', 'co.uk', 'github.io', 'webnode.cz', 'com'];
const NAMES = [
  'Pekárna Novák',
  'Stavby Dvořák',
  'Elektro Černý',
  'Autoservis Kučera',
  'Tiskárna Šimek',
  'Seznam',
  // Connectors, which the key rewrites to '&' ("a" in "Novák a syn", but not in "a.s.")
  'Novák a syn',
  'NOVÁK & SYN',
  'A & B',
  'Spa',
];
const FORMS = ['s.r.o.', ', s. r. o.', 'spol. s r.o.', 'a.s.', '', 'GmbH', 'sro'];
export const FREE = ['seznam.cz', 'gmail.com', 'email.cz', 'azet.sk'];
const ICOS = ['45274649', '27082440', '26168685', '47114983', '00177041', '12345678'];

export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export function randomCompany(random: () => number, id: number): MatchableCompany {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const domain = `${pick(BASES)}${random() < 0.5 ? '' : `-${Math.floor(random() * 6)}`}.${pick(SUFFIXES)}`;
  const company: MatchableCompany = {
    id,
    name: `${pick(NAMES)}${random() < 0.4 ? ` ${Math.floor(random() * 4)}` : ''} ${pick(FORMS)}`,
  };
  if (random() < 0.8)
    company.website = pick([
      `https://www.${domain}/`,
      domain,
      `http://shop.${domain}`,
      `https://www.facebook.com/x${id}`,
    ]);
  const mail = random();
  if (mail < 0.4) company.email = `info@${domain}`;
  else if (mail < 0.6) company.email = `firma${id}@${pick(FREE)}`;
  else if (mail < 0.7) company.email = `obchod@${pick(BASES)}-mail.cz`;
  if (random() < 0.5) company.ico = pick(ICOS);
  return company;
}

/** Clues a page could show for a company: its own data, re-spelled, or noise. */
export function randomClues(random: () => number, company: MatchableCompany): CompanyClues {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const clues: CompanyClues = {};
  if (random() < 0.3)
    clues.ico = random() < 0.8 ? (company.ico ?? pick(ICOS)) : pick(ICOS).replace(/(\d{3})(\d{2})/, '$1 $2 ');
  if (random() < 0.5) {
    const site = company.website ?? `${pick(BASES)}.${pick(SUFFIXES)}`;
    clues.website = pick([
      site,
      site.toUpperCase(),
      site.replace('www.', 'eshop.'),
      `${pick(BASES)}.${pick(SUFFIXES)}`,
    ]);
  }
  if (random() < 0.5) {
    const domain = (company.email ?? `x@${pick(BASES)}.${pick(SUFFIXES)}`).split('@')[1]!;
    clues.email = pick([
      `jan@${domain}`,
      `Jan.Novak@${domain.toUpperCase()}`,
      `petr@${pick(FREE)}`,
      `eva@praha.${domain}`,
      // Spellings addressSyntax unwraps, trims or refuses (the matcher rejects some before it).
      `Jan Novák <jan@${domain}>`,
      ` MAILTO:jan@${domain}?subject=Nabídka `,
      `jan@${domain}\u00a0`,
      `jan@${domain} (Jan)`,
      `a/b@${domain}`,
      `${domain}#x@${pick(FREE)}`,
      `jan@${domain} \u00a0`,
      `jan@${domain},eva@${domain}`,
    ]);
  }
  if (random() < 0.6)
    clues.name = pick([company.name, company.name.toUpperCase(), `${pick(NAMES)} ${pick(FORMS)}`]);
  return clues;
}
