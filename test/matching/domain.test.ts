import { describe, expect, it } from 'vitest';
import {
  domainTail,
  domainTailHash,
  lastTail,
  NO_HOST,
  registrableDomain,
  registrableDomainAfterTail,
  UNKNOWN_TAIL,
} from '../../lib/matching/domain';
import { checkHost, INVALID, located, locateHost, NON_ASCII_HOST } from '../../lib/matching/host';
import { hashKey } from '../../lib/matching/key-hash';

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

describe('domainTailHash', () => {
  it.each([
    ['https://shop.firma.cz/x', 'firma.cz', false],
    ['firma.cz', 'firma.cz', true],
    ['JAN@FIRMA.CZ', 'firma.cz', true],
    ['www.firma.co.uk', 'co.uk', false],
    ['firma.cz:8080', 'firma.cz', true],
  ])('hashes the last two labels of %s like hashKey(%s)', (input, tail, wholeHost) => {
    const hash = domainTailHash(input);
    // Read before registrableDomain below, which shares the module's scratch state.
    const { start, end, wholeHost: isWholeHost } = lastTail;
    expect(input.slice(start, end).toLowerCase()).toBe(tail);
    expect(isWholeHost).toBe(wholeHost);
    expect(hash).toBe(hashKey(tail));
    expect(hash).toBe(hashKey(domainTail(registrableDomain(input)!)));
  });

  it.each(['javascript:alert(1)', 'localhost', '', 'fir_ma.cz', '1.2.3.4'])('has no tail for %j', (input) => {
    expect(domainTailHash(input)).toBe(NO_HOST);
  });

  it('defers internationalised hosts to the full computation', () => {
    expect(domainTailHash('pekárna.cz')).toBe(UNKNOWN_TAIL);
  });
});

describe('domainTailHash agrees with registrableDomain', () => {
  const inputs = [
    'https://www.firma.cz/kontakt',
    'WWW.FIRMA.CZ',
    'firma.cz.',
    'shop.firma.co.uk',
    'firma.github.io',
    'pekarna.webnode.cz',
    'jan@praha.firma.cz',
    'mailto:Jan@Firma.cz?subject=x',
    'http://user:heslo@firma.cz:8080/x',
    'firma.cz:8080',
    '//firma.cz/x',
    'a.b.c.d.e.firma.sk',
    'x.co.cz',
  ];
  it.each(inputs)("%s: the tail hash is the hash of its registrable domain's last two labels", (input) => {
    const domain = registrableDomain(input);
    expect(domain).toBeDefined();
    expect(domainTailHash(input)).toBe(hashKey(domainTail(domain!)));
  });

  it.each([
    'javascript:alert(1)',
    'firma..cz',
    '-firma.cz',
    'fir_ma.cz',
    'localhost',
    '10.0.0.1',
    'a b.cz',
    '',
  ])('%j: no host for either', (input) => {
    expect(registrableDomain(input)).toBeUndefined();
    expect(domainTailHash(input)).toBe(NO_HOST);
  });

  it('flags www hosts, case-insensitively', () => {
    domainTailHash('https://WWW.Firma.cz/');
    expect(lastTail.wwwHost).toBe(true);
    domainTailHash('https://www2.firma.cz/');
    expect(lastTail.wwwHost).toBe(false);
    domainTailHash('https://www.shop.firma.cz/');
    expect(lastTail.wwwHost).toBe(false);
  });
});

describe('domainTail', () => {
  it.each([
    ['firma.cz', 'firma.cz'],
    ['firma.co.uk', 'co.uk'],
    ['pekarna.webnode.cz', 'webnode.cz'],
  ])('%s → %s', (domain, tail) => {
    expect(domainTail(domain)).toBe(tail);
  });
});

describe('domainTailHash on arbitrary text', () => {
  /** The slow and obvious definition: locateHost, checkHost, then the last two labels. */
  function referenceTail(input: string): { hash: number; start?: number; uppercase?: boolean } {
    if (!locateHost(input)) return { hash: NO_HOST };
    const { start, end } = located;
    const flags = checkHost(input, start, end);
    if (flags === NON_ASCII_HOST) return { hash: UNKNOWN_TAIL };
    if (flags === INVALID) return { hash: NO_HOST };
    const host = input.slice(start, end).toLowerCase();
    const labels = host.split('.');
    if (labels.length < 2) return { hash: NO_HOST };
    const tail = labels.slice(-2).join('.');
    return { hash: hashKey(tail), start: end - tail.length, uppercase: flags !== 0 };
  }

  // Pieces that steer the host search: schemes, userinfo and local parts, ports, paths, odd and
  // invalid characters, non-ASCII, spaces, and labels that are too long or badly hyphenated.
  const PIECES = [
    'firma',
    'firma.cz',
    'Shop',
    'www',
    '.',
    '.',
    '.cz',
    'cz',
    'co.uk',
    '-',
    '@',
    '@',
    '/',
    '?',
    '#',
    ':',
    '8080',
    '\\',
    ' ',
    '_',
    '+',
    '<',
    '>',
    'ä',
    '1',
    '2',
    'http://',
    'HTTPS://',
    'mailto:',
    'x'.repeat(64),
    '\u00a0',
  ];

  it('agrees with locateHost and checkHost on 20,000 random strings', () => {
    let state = 7;
    const random = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 4294967296;
    };
    const outcomes = { hashed: 0, noHost: 0, unknown: 0 };
    for (let n = 0; n < 20_000; n += 1) {
      let input = '';
      const pieces = 1 + Math.floor(random() * 9);
      for (let p = 0; p < pieces; p += 1) input += PIECES[Math.floor(random() * PIECES.length)];
      const hash = domainTailHash(input);
      const { start, wholeHost, uppercase } = lastTail;
      const expected = referenceTail(input);
      expect(hash, JSON.stringify(input)).toBe(expected.hash);
      if (hash >= 0) {
        expect(start, JSON.stringify(input)).toBe(expected.start);
        expect(uppercase, JSON.stringify(input)).toBe(expected.uppercase);
        expect(wholeHost).toBe(start === located.start);
        outcomes.hashed += 1;
      } else if (hash === NO_HOST) outcomes.noHost += 1;
      else outcomes.unknown += 1;
    }
    // Every outcome must be common enough for the comparison to mean something.
    expect(outcomes.hashed).toBeGreaterThan(1000);
    expect(outcomes.noHost).toBeGreaterThan(1000);
    expect(outcomes.unknown).toBeGreaterThan(100);
  });

  it('leaves the host where registrableDomain finds it, for every shape of text', () => {
    for (const input of [
      'https://Shop.Firma.cz/x',
      'jan.novak@firma.cz',
      'jan_novak@FIRMA.cz',
      'http://firma.cz:8080/',
      ' firma.cz ',
    ]) {
      expect(domainTailHash(input), input).toBeGreaterThanOrEqual(0);
      expect(registrableDomainAfterTail(input), input).toBe(registrableDomain(input));
    }
  });
});
