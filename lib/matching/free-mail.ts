import { hashKey } from './key-hash';

/**
 * Free-mail providers: an address there says who a person is, never which company they work for,
 * so its domain must not be a company key (thousands of companies have a "@seznam.cz" contact).
 * Registrable domains only: "mail.seznam.cz" reduces to "seznam.cz" before the lookup.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  // Czech
  'seznam.cz',
  'email.cz',
  'post.cz',
  'spoluzaci.cz',
  'centrum.cz',
  'atlas.cz',
  'volny.cz',
  'tiscali.cz',
  'quick.cz',
  'iol.cz',
  'cbox.cz',
  'razdva.cz',
  'o2active.cz',
  'upcmail.cz',
  'chello.cz',
  'outlook.cz',
  'hotmail.cz',
  // Slovak
  'azet.sk',
  'zoznam.sk',
  'pobox.sk',
  'post.sk',
  'centrum.sk',
  'atlas.sk',
  'szm.sk',
  'inmail.sk',
  'stonline.sk',
  'chello.sk',
  'outlook.sk',
  // International
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.de',
  'live.com',
  'live.cz',
  'live.co.uk',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.de',
  'ymail.com',
  'rocketmail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'tutanota.com',
  'tuta.io',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'web.de',
  't-online.de',
  'aol.com',
  'mail.com',
  'email.com',
  'zoho.com',
  'fastmail.com',
  'hey.com',
  'yandex.ru',
  'yandex.com',
  'mail.ru',
  'inbox.ru',
  'bk.ru',
  'list.ru',
  'ukr.net',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'interia.pl',
  'freemail.hu',
  'citromail.hu',
]);

/** Whether a registrable domain (already lowercased, as `registrableDomain` returns it) is free-mail. */
export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain);
}

const FREE_MAIL_HASHES: ReadonlySet<number> = new Set([...FREE_MAIL_DOMAINS].map(hashKey));

/**
 * False when no free-mail domain has this hashKey, so the domain behind it is not free-mail
 * (true needs isFreeMailDomain to be sure): the matcher knows a found address domain's hash, and
 * this spares it a lowercased copy of the domain for each company address it finds.
 */
export function mayBeFreeMailHash(hash: number): boolean {
  return FREE_MAIL_HASHES.has(hash);
}
