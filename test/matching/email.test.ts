import { describe, expect, it } from 'vitest';
import { addressSyntax, emailDomain, normalizeEmail } from '../../lib/shared/matching/email';

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
