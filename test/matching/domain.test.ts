import { describe, expect, it } from 'vitest';
import { registrableDomain } from '../../lib/shared/matching/domain';

describe('registrableDomain', () => {
  it.each([
    // URLs, bare hosts, case, paths, ports, trailing dots, whitespace
    ['http://www.firma.cz', 'firma.cz'],
    ['https://eshop.firma.cz/kosik?x=1#a', 'firma.cz'],
    ['www.firma.cz', 'firma.cz'],
    ['firma.cz', 'firma.cz'],
    ['FIRMA.CZ', 'firma.cz'],
    ['Firma.Cz/', 'firma.cz'],
    ['shop.firma.cz', 'firma.cz'],
    ['a.b.c.firma.cz', 'firma.cz'],
    ['firma.cz:8080', 'firma.cz'],
    ['https://firma.cz:443/kontakt', 'firma.cz'],
    ['http://firma.cz.', 'firma.cz'],
    ['firma.cz..', 'firma.cz'],
    ['  https://firma.sk  ', 'firma.sk'],
    ['//firma.cz/x', 'firma.cz'],
    ['HTTPS://WWW.STAVBY-NOVAK.CZ/O-NAS', 'stavby-novak.cz'],
    [`https://firma.cz/${'a'.repeat(10_000)}`, 'firma.cz'],
    // e-mail addresses and mailto links
    ['jan@firma.cz', 'firma.cz'],
    ['Jan.Novak@Firma.CZ', 'firma.cz'],
    ['jan@praha.firma.cz', 'firma.cz'],
    ['mailto:jan@firma.cz', 'firma.cz'],
    ['MAILTO:jan@firma.cz?subject=Ahoj', 'firma.cz'],
    ['http://user:heslo@firma.cz/', 'firma.cz'],
    // multi-label public suffixes (ICANN)
    ['firma.co.uk', 'firma.co.uk'],
    ['shop.firma.co.uk', 'firma.co.uk'],
    ['firma.com.ua', 'firma.com.ua'],
    ['www.firma.com', 'firma.com'],
    ['firma.eu', 'firma.eu'],
    ['firma.amsterdam', 'firma.amsterdam'],
    // private suffixes: each customer of a hosting platform is a different owner
    ['firma.github.io', 'firma.github.io'],
    ['www.firma.github.io', 'firma.github.io'],
    ['firma.blogspot.com', 'firma.blogspot.com'],
    ['firma.co.cz', 'firma.co.cz'],
    // Czech site builders missing from the list, treated like private suffixes
    ['pekarna.webnode.cz', 'pekarna.webnode.cz'],
    ['www.pekarna.webnode.cz', 'pekarna.webnode.cz'],
    ['https://truhlarstvi.estranky.cz/kontakt', 'truhlarstvi.estranky.cz'],
    // IDN: punycode, as browsers store hosts
    ['http://pekárna.cz', 'xn--pekrna-rta.cz'],
    ['pekárna.cz', 'xn--pekrna-rta.cz'],
    ['xn--pekrna-rta.cz', 'xn--pekrna-rta.cz'],
    ['PEKÁRNA.CZ', 'xn--pekrna-rta.cz'],
    ['ｆｉｒｍａ。ｃｚ', 'firma.cz'],
  ])('%s → %s', (input, expected) => {
    expect(registrableDomain(input)).toBe(expected);
  });

  it.each([
    // a public suffix itself has no registrable domain
    'github.io',
    'co.uk',
    'webnode.cz',
    '.cz',
    'cz',
    // IPs and local names
    '127.0.0.1',
    'http://192.168.1.1/admin',
    '[::1]',
    'http://[2001:db8::1]/',
    'localhost',
    'http://localhost:3000',
    'firma.local',
    'firma',
    // not http(s)
    'javascript:alert(1)',
    'JavaScript:void(0)',
    'data:text/html,<b>hi</b>',
    'ftp://firma.cz',
    'file:///C:/firma.cz',
    'tel:+420123456789',
    // unknown suffixes: file names, not websites
    'index.html',
    'report.pdf',
    // malformed hosts
    '',
    '   ',
    'firma..cz',
    '-firma.cz',
    'firma-.cz',
    'fir_ma.cz',
    'firma cz',
    'www.firma.cz, www.firma.sk',
    '<a href="https://firma.cz">firma</a>',
    `${'a'.repeat(64)}.cz`,
    'firma.cz:abc',
    'firma.cz:123456',
    '\u202efirma.cz',
  ])('rejects %j', (input) => {
    expect(registrableDomain(input)).toBeUndefined();
  });

  it('accepts a 63-character label', () => {
    expect(registrableDomain(`${'a'.repeat(63)}.cz`)).toBe(`${'a'.repeat(63)}.cz`);
  });

  it.each([undefined, null, 42, {}, ['firma.cz']])('returns undefined for a non-string (%j)', (input) => {
    expect(registrableDomain(input)).toBeUndefined();
  });
});
