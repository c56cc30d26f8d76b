import { describe, expect, it } from 'vitest';
import { icoKey } from '../../lib/shared/matching/company-keys';
import { findIcos, icoNumber } from '../../lib/shared/matching/ico';

/** Whether an 8-digit text passes the checksum: icoNumber gives 0 for one that does not. */
const passes = (ico: string) => icoNumber(ico) !== 0;

// Real IČOs (public registry data): ČEZ, Česká pošta, Škoda Auto, Alza.cz, Seznam.cz, Komerční
// banka, ČSOB, Česká spořitelna, O2 Czech Republic, Slovnaft (SK), Hlavní město Praha, Avast.
const VALID = [
  '45274649',
  '47114983',
  '00177041',
  '27082440',
  '26168685',
  '45317054',
  '00001350',
  '45244782',
  '60193336',
  '31322832',
  '00064581',
  '02176475',
];

describe('the IČO checksum', () => {
  it.each(VALID)('%s passes', (ico) => {
    expect(passes(ico)).toBe(true);
  });

  it.each([
    ['12345678', 'wrong check digit'],
    ['45274648', 'last digit off by one'],
    ['45274640', 'last digit zeroed'],
    ['00000000', 'all zeros (sum 0 needs check digit 1)'],
    ['4527464', 'seven digits'],
    ['452746490', 'nine digits'],
    ['4527464a', 'a letter'],
    ['', 'empty'],
  ])('%s fails (%s)', (ico) => {
    expect(passes(ico)).toBe(false);
  });

  it('agrees with the textbook formula on every check digit of many prefixes', () => {
    for (let prefix = 0; prefix < 500; prefix += 1) {
      const seven = String(1_000_000 + prefix * 2971).padStart(7, '0');
      let sum = 0;
      for (let i = 0; i < 7; i += 1) sum += Number(seven[i]) * (8 - i);
      const check = (11 - (sum % 11)) % 10;
      for (let digit = 0; digit <= 9; digit += 1) {
        expect(passes(`${seven}${digit}`)).toBe(digit === check);
      }
    }
  });
});

describe('icoNumber (an IČO field value)', () => {
  it.each([
    ['45274649', '45274649'],
    ['452 74 649', '45274649'],
    [' 45274649 ', '45274649'],
    ['452\u00a074\u00a0649', '45274649'],
    ['4 5 2 7 4 6 4 9', '45274649'],
    ['00177041', '00177041'],
    // written without leading zeros: 6–7 digits are padded back
    ['177041', '00177041'],
    ['2176475', '02176475'],
    ['2 176 475', '02176475'],
    ['100005', '00100005'],
  ])('%j → %s', (text, ico) => {
    expect(icoNumber(text)).toBe(Number(ico));
  });

  it.each([
    ['12345678', 'checksum'],
    ['177042', 'checksum after padding'],
    ['64581', 'five digits are not padded'],
    ['123', 'too short'],
    ['452746490', 'nine digits'],
    ['CZ45274649', 'a VAT number is not an IČO field value'],
    ['IČO: 45274649', 'labels belong to findIcos'],
    ['45-27-46-49', 'dashes'],
    ['4527464.9', 'a dot'],
    ['', 'empty'],
    ['   ', 'blank'],
    [`${' '.repeat(100)}45274649`, 'longer than any IČO field'],
  ])('%j → none (%s)', (text) => {
    expect(icoNumber(text)).toBe(0);
  });

  it.each([undefined, null, 45274649, {}])('non-string %j gives no company key', (value) => {
    expect(icoKey(value)).toBe(0);
  });
});

describe('findIcos', () => {
  it.each([
    ['IČO: 45274649', ['45274649']],
    ['IČO 452 74 649', ['45274649']],
    ['IČ: 27082440', ['27082440']],
    ['IČ 27082440, DIČ CZ27082440', ['27082440']],
    ['IC: 27082440', ['27082440']],
    ['ico:27082440', ['27082440']],
    ['ID No.: 26168685', ['26168685']],
    ['Company ID 26168685', ['26168685']],
    ['Identifikační číslo: 47114983', ['47114983']],
    ['Identifikačné číslo organizácie: 31322832', ['31322832']],
    ['IČO: 177041', ['00177041']],
    ['Sídlo: Praha 4, IČO:\n452 74 649', ['45274649']],
  ])('finds the labelled IČO in %j', (text, icos) => {
    expect(findIcos(text)).toEqual(icos);
  });

  it('puts labelled IČOs first, then valid bare 8-digit numbers, without duplicates', () => {
    const text =
      'Odběratel 27082440. Dodavatel: ČEZ, a. s., IČO: 45274649, DIČ: CZ45274649; objednávka 27082440';
    expect(findIcos(text)).toEqual(['45274649', '27082440']);
  });

  it('reads a Czech VAT number (CZ + IČO) as the IČO when nothing is labelled', () => {
    expect(findIcos('DIČ: CZ26168685')).toEqual(['26168685']);
  });

  it.each([
    ['IČ DPH: SK2020123456', 'the Slovak VAT number is not an IČO'],
    ['DIČ: 45274649x', 'glued to a letter'],
    ['tel. +420 602 123 456', 'a phone number'],
    ['IČO: 123 456 789', 'nine digits after a label'],
    ['Cena 45274649,50 Kč', 'a decimal amount'],
    ['č. 45274649-2024', 'a range or reference'],
    ['IČO: 12345678', 'a labelled number that fails the checksum'],
    ['PSČ 110 00 Praha 1', 'a postcode'],
    ['', 'nothing'],
  ])('finds nothing in %j (%s)', (text) => {
    expect(findIcos(text)).toEqual([]);
  });

  it('ignores unlabelled 6–7 digit numbers, which pass the checksum too often', () => {
    expect(findIcos('objednávka 177041')).toEqual([]);
  });

  it('finds nothing in long hostile text (a backtracking pattern would hang the test here)', () => {
    const text = `IČ${' '.repeat(50_000)}x${'1 '.repeat(20_000)}`;
    expect(findIcos(text)).toEqual([]);
  });

  it.each([undefined, null, 45274649])('non-string %j → []', (value) => {
    expect(findIcos(value)).toEqual([]);
  });
});

describe('icoKey (the index key)', () => {
  it.each([
    ['45274649', 45274649],
    ['452 74 649', 45274649],
    ['00177041', 177041],
    ['IČ: 452 74 649', 45274649],
    ['IČO 45274649 / DIČ CZ45274649', 45274649],
    // a Czech VAT number in the IČO field: for a company it is CZ + the IČO
    ['CZ45274649', 45274649],
  ])('%j → %d', (text, key) => {
    expect(icoKey(text)).toBe(key);
  });

  it.each([['12345678'], [''], ['IČO: 45274649, IČO: 27082440'], ['x'.repeat(500)], [undefined], [45274649]])(
    '%j → 0 (none, or not exactly one)',
    (text) => {
      expect(icoKey(text)).toBe(0);
    },
  );
});
