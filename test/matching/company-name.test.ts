import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from '../../lib/shared/matching/company-name';

describe('normalizeCompanyName', () => {
  it.each([
    ['Pekárna Novák, s.r.o.', 'pekarna novak'],
    ['PEKARNA NOVAK spol. s r. o.', 'pekarna novak'],
    ['Škoda Auto a.s.', 'skoda auto'],
    ['ČEZ, a. s.', 'cez'],
    ['Komerční banka, a.s.', 'komercni banka'],
    ['O2 Czech Republic a.s.', 'o2 czech republic'],
    ['Alza.cz a.s.', 'alza cz'],
    ['Česká spořitelna, a.s.', 'ceska sporitelna'],
    ['Lesy České republiky, s. p.', 'lesy ceske republiky'],
    ['Žďárské strojírny v.o.s.', 'zdarske strojirny'],
    ['Řeznictví Dvořák k.s.', 'reznictvi dvorak'],
    ['Spolek přátel Šumavy, z.s.', 'spolek pratel sumavy'],
    ['Nadace Ďáblice, z.ú.', 'nadace dablice'],
    ['Charita Olomouc o.p.s.', 'charita olomouc'],
    ['Zemědělské družstvo Ořechov', 'zemedelske druzstvo orechov'],
    ['Slovenské elektrárne, a.s.', 'slovenske elektrarne'],
    ['Ľubovnianska mliekareň, s.r.o.', 'lubovnianska mliekaren'],
    ['Kôň a voz, s. r. o.', 'kon & voz'],
    ['Novák & syn', 'novak & syn'],
    ['Novák a syn, s.r.o.', 'novak & syn'],
    ['Black and Decker', 'black & decker'],
    ['  „Pekárna“   Novák  ', 'pekarna novak'],
    ['T-Mobile Czech Republic a.s.', 't mobile czech republic'],
    ['Firma™ s.r.o.', 'firma'],
    ['ＦＩＲＭＡ s.r.o.', 'firma'],
    ['Łódź Trading Sp. z o.o.', 'lodz trading'],
    ['Müller & Söhne GmbH', 'muller & sohne'],
    ['Straße GmbH & Co. KG', 'strasse'],
    ['Acme Ltd.', 'acme'],
    ['Acme Limited', 'acme'],
    ['Acme, Inc.', 'acme'],
    ['Acme LLC', 'acme'],
    ['Acme Corp.', 'acme'],
    ['Airbus SE', 'airbus'],
    ['Unilever plc', 'unilever'],
    ['Barilla S.p.A.', 'barilla'],
    ['Magyar Telekom Kft.', 'magyar telekom'],
    ['Siemens AG', 'siemens'],
    ['Stavby Novák s.r.o. v likvidaci', 'stavby novak'],
    ['Bosch GmbH, organizační složka', 'bosch'],
    // a form that would leave nothing is part of the name
    ['Spa s.r.o.', 'spa'],
  ])('%j → %j', (name, key) => {
    expect(normalizeCompanyName(name)).toBe(key);
  });

  describe('every spelling of a legal form gives one key', () => {
    it.each([
      'Pekárna Novák s.r.o.',
      'Pekárna Novák, s.r.o.',
      'Pekárna Novák s. r. o.',
      'Pekárna Novák, s. r. o.',
      'Pekárna Novák s.r.o',
      'Pekárna Novák sro',
      'Pekárna Novák S.R.O.',
      'Pekárna Novák spol. s r.o.',
      'Pekárna Novák, spol. s r. o.',
      'Pekárna Novák spol.s r.o.',
      'Pekárna Novák spol. s.r.o.',
      'PEKÁRNA NOVÁK SPOL. S R.O.',
      'Pekárna Novák a.s.',
      'Pekárna Novák, a. s.',
      'Pekárna Novák as',
      'Pekárna Novák k.s.',
      'Pekárna Novák v.o.s.',
      'Pekárna Novák z.s.',
      'Pekárna Novák o.p.s.',
      'Pekárna Novák družstvo',
      'Pekárna Novák GmbH',
      'Pekárna Novák Ltd.',
      'Pekárna Novák Sp. z o.o.',
      'Pekárna Novák Kft.',
      'pekarna novak',
      'PEKARNA  NOVAK',
      'Pekárna-Novák',
      'Pekárna.Novák',
    ])('%j', (name) => {
      expect(normalizeCompanyName(name)).toBe('pekarna novak');
    });
  });

  it('only strips legal forms at the end', () => {
    expect(normalizeCompanyName('AS Trading s.r.o.')).toBe('as trading');
    expect(normalizeCompanyName('Novák s.r.o. Brno')).toBe('novak s r o brno');
  });

  it('only strips whole words', () => {
    expect(normalizeCompanyName('Atlas')).toBe('atlas');
    expect(normalizeCompanyName('Kras')).toBe('kras');
    expect(normalizeCompanyName('Ganag')).toBe('ganag');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['s.r.o.', 'only a legal form'],
    ['a. s.', 'only a legal form, spaced'],
    ['GmbH & Co. KG', 'only a stacked legal form'],
    ['&', 'only a connector'],
    ['a', 'only a connector'],
    ['🍕🍕🍕', 'emoji'],
    ['—…„“', 'punctuation'],
    ['\u202e\u200b', 'invisible characters'],
    ['x'.repeat(301), 'longer than any company name'],
  ])('%j → undefined (%s)', (name) => {
    expect(normalizeCompanyName(name)).toBeUndefined();
  });

  it.each([undefined, null, 42, {}, ['Firma']])('non-string %j → undefined', (name) => {
    expect(normalizeCompanyName(name)).toBeUndefined();
  });

  it('treats HTML-looking text as words, never as markup', () => {
    expect(normalizeCompanyName('<b>Pekárna</b> Novák')).toBe('b pekarna b novak');
  });

  it('keeps non-Latin names (Cyrillic, Greek)', () => {
    expect(normalizeCompanyName('ООО «Газпром»')).toBe('ооо газпром');
    expect(normalizeCompanyName('Ελληνικά Πετρέλαια Α.Ε.')).toBe('ελληνικα πετρελαια α ε');
  });

  it('ignores emoji and bidi controls around a name', () => {
    expect(normalizeCompanyName('🥐 Pekárna Novák 🥐 s.r.o.')).toBe('pekarna novak');
    expect(normalizeCompanyName('\u202ePekárna Novák\u202c')).toBe('pekarna novak');
  });
});
