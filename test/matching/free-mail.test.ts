import { describe, expect, it } from 'vitest';
import { emailDomainKey, websiteKey } from '../../lib/shared/matching/company-keys';
import { isFreeMailDomain } from '../../lib/shared/matching/free-mail';

describe('free-mail providers', () => {
  it.each([
    'seznam.cz',
    'email.cz',
    'post.cz',
    'centrum.cz',
    'atlas.cz',
    'volny.cz',
    'tiscali.cz',
    'quick.cz',
    'azet.sk',
    'zoznam.sk',
    'pobox.sk',
    'post.sk',
    'centrum.sk',
    'gmail.com',
    'googlemail.com',
    'outlook.com',
    'hotmail.com',
    'live.com',
    'yahoo.com',
    'icloud.com',
    'me.com',
    'proton.me',
    'protonmail.com',
    'gmx.com',
    'gmx.de',
    'gmx.net',
    'aol.com',
    'yandex.ru',
    'mail.ru',
  ])('%s is free-mail', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
  });

  it.each(['firma.cz', 'seznam.sk', 'alza.cz', 'o2.cz', 'skoda-auto.cz', 'gmail.cz'])(
    '%s is not',
    (domain) => {
      expect(isFreeMailDomain(domain)).toBe(false);
    },
  );

  it.each(['jan@mail.seznam.cz', 'Jan.Novak@GMAIL.com', 'eva@post.sk', 'petr@email.centrum.cz'])(
    '%s (a subdomain or capitals too) gives no company key',
    (email) => {
      expect(emailDomainKey(email)).toBeUndefined();
    },
  );
});

describe('emailDomainKey (a company key from an e-mail)', () => {
  it.each([
    ['jan.novak@firma.cz', 'firma.cz'],
    ['Jan.Novak@FIRMA.cz', 'firma.cz'],
    ['obchod@praha.firma.cz', 'firma.cz'],
    ['Jan Novák <jan@firma.cz>', 'firma.cz'],
    ['mailto:info@pekarna-novak.sk', 'pekarna-novak.sk'],
  ])('%s → %s', (email, domain) => {
    expect(emailDomainKey(email)).toBe(domain);
  });

  it.each([
    'jan.novak@seznam.cz',
    'JAN@EMAIL.CZ',
    'petra@post.cz',
    'firma@centrum.cz',
    'novak@azet.sk',
    'jan@gmail.com',
    'jan@mail.seznam.cz',
    'info@facebook.com',
  ])('%s is no company key (free-mail or shared platform)', (email) => {
    expect(emailDomainKey(email)).toBeUndefined();
  });

  it.each([
    'firma.cz',
    'jan@',
    '@firma.cz',
    'jan@@firma.cz',
    'jan novak@firma.cz',
    'jan@localhost',
    '',
    'x'.repeat(600),
  ])('rejects %j, which is not an address', (email) => {
    expect(emailDomainKey(email)).toBeUndefined();
  });
});

describe('websiteKey', () => {
  it.each([
    ['https://www.firma.cz/', 'firma.cz'],
    ['info@firma.cz', 'firma.cz'],
    ['https://user@firma.cz/', 'firma.cz'],
  ])('%s → %s', (website, key) => {
    expect(websiteKey(website)).toBe(key);
  });

  it.each([
    'https://www.facebook.com/pekarna.novak',
    'https://cz.linkedin.com/company/firma',
    'instagram.com/firma',
    'https://www.firmy.cz/detail/123-firma.html',
    'https://cz.pinterest.com/pekarna/',
    'https://mapy.cz/s/fupapesoce',
    'https://wa.me/420777123456',
    'https://www.google.cz/maps/place/Pekárna',
    'https://or.justice.cz/ias/ui/rejstrik-firma.vysledky?ico=27082440',
    'info@seznam.cz',
    'javascript:alert(1)',
  ])('%s identifies no company', (website) => {
    expect(websiteKey(website)).toBeUndefined();
  });
});
