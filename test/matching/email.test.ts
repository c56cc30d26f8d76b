import { describe, expect, it } from 'vitest';
import { addressSyntax, emailDomain, normalizeEmail } from '../../lib/matching/email';

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
});

describe('addressSyntax', () => {
  it('checks the shape only, not the domain', () => {
    expect(addressSyntax('Jan@Firma')).toBe('jan@firma');
    expect(addressSyntax('no address')).toBeUndefined();
  });
});
