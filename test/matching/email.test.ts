import { describe, expect, it } from 'vitest';
import { domainTailHash } from '../../lib/matching/domain';
import {
  addressSyntax,
  emailDomain,
  isPlainAddressAtLocatedHost,
  normalizeEmail,
} from '../../lib/matching/email';

describe('normalizeEmail', () => {
  it.each([
    ['jan.novak@firma.cz', 'jan.novak@firma.cz'],
    ['Jan.Novak@Firma.CZ', 'jan.novak@firma.cz'],
    ['  jan@firma.cz ', 'jan@firma.cz'],
    ['mailto:jan@firma.cz', 'jan@firma.cz'],
    ['MAILTO:Jan@Firma.cz?subject=Nabídka', 'jan@firma.cz'],
    ['Jan Novák <jan@firma.cz>', 'jan@firma.cz'],
    ['"Novák, Jan" <Jan@Firma.cz>', 'jan@firma.cz'],
    ['jan+crm@firma.cz', 'jan+crm@firma.cz'],
    ['jan@praha.firma.cz', 'jan@praha.firma.cz'],
    ['jan.novak@seznam.cz', 'jan.novak@seznam.cz'],
  ])('%j → %j', (input, address) => {
    expect(normalizeEmail(input)).toBe(address);
  });

  it.each([
    'firma.cz',
    'jan@',
    '@firma.cz',
    'jan@@firma.cz',
    'jan novak@firma.cz',
    'jan@firma',
    'jan@localhost',
    'jan@127.0.0.1',
    'jan@index.html',
    'jan@firma.cz, eva@firma.cz',
    '<script>alert(1)</script>@firma.cz',
    `${'a'.repeat(65)}@firma.cz`,
    `jan@${'a'.repeat(300)}.cz`,
    '',
  ])('rejects %j', (input) => {
    expect(normalizeEmail(input)).toBeUndefined();
  });

  it.each([undefined, null, 1, {}])('non-string %j → undefined', (input) => {
    expect(normalizeEmail(input)).toBeUndefined();
  });
});

describe('emailDomain', () => {
  it.each([
    ['jan@firma.cz', 'firma.cz'],
    ['jan@praha.firma.cz', 'firma.cz'],
    ['jan@seznam.cz', 'seznam.cz'],
    ['jan@firma.co.uk', 'firma.co.uk'],
    ['jan@pekárna.cz', 'xn--pekrna-rta.cz'],
  ])('%j → %j (free-mail included)', (input, domain) => {
    expect(emailDomain(input)).toBe(domain);
  });

  it('never reads the domain from the local part', () => {
    // In a URL, '/', '#' and '?' end the host before the '@': these are gmail.com addresses.
    expect(emailDomain('firma.cz#x@gmail.com')).toBeUndefined();
    expect(emailDomain('firma.cz/x@gmail.com')).toBeUndefined();
    expect(emailDomain('mailto:firma.cz?x@gmail.com')).toBeUndefined();
  });
});

describe('addressSyntax', () => {
  it('checks the shape only, not the domain', () => {
    expect(addressSyntax('Jan@Firma')).toBe('jan@firma');
    expect(addressSyntax('no address')).toBeUndefined();
  });
});

describe('isPlainAddressAtLocatedHost', () => {
  /** The shortcut's question, asked as the matcher asks it: right after domainTailHash. */
  function plain(text: string): boolean {
    return domainTailHash(text) >= 0 && isPlainAddressAtLocatedHost(text);
  }

  it('accepts the addresses pages show most, in any case', () => {
    for (const text of ['jan@firma.cz', 'Jan.Novak@Firma.CZ', 'obchod+crm@praha.firma.co.uk', 'a_b-c@x.cz']) {
      expect(plain(text)).toBe(true);
    }
  });

  it('refuses what addressSyntax would trim, unwrap, cut or reject', () => {
    for (const text of [
      ' jan@firma.cz',
      'jan@firma.cz ',
      'mailto:jan@firma.cz',
      'jan@firma.cz?subject=x',
      'Jan <jan@firma.cz>',
      'jan@novak@firma.cz',
      'firma.cz#x@gmail.com',
      'a/b@firma.cz',
      '"jan"@firma.cz',
      'jiří@firma.cz',
      '@firma.cz',
      `${'x'.repeat(65)}@firma.cz`,
      'https://jan@firma.cz',
      'firma.cz',
      'https://www.firma.cz/',
    ]) {
      expect(plain(text), text).toBe(false);
    }
  });

  it('never differs from addressSyntax, which would only lowercase a text it accepts', () => {
    const alphabet = 'aZ9.-_+@@ <>()[]\\,;:"/#?%\u00a0ř';
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    let accepted = 0;
    for (let round = 0; round < 20_000; round += 1) {
      let text = '';
      const length = 1 + random(14);
      for (let i = 0; i < length; i += 1) text += alphabet[random(alphabet.length)];
      text += random(2) === 0 ? '@firma.cz' : '.cz';
      if (!plain(text)) continue;
      accepted += 1;
      expect(addressSyntax(text), text).toBe(text.toLowerCase());
    }
    expect(accepted).toBeGreaterThan(100);
  });
});
