import { describe, expect, it } from 'vitest';
import { findIcoMentions } from '../../lib/content/crm/ico';
import { isHidden } from '../../lib/content/crm/visibility';
import { fixturePages } from './fixture-pages';
import { loadHtml, readFixture } from './load-page';

function icos(html: string) {
  const { doc } = loadHtml(`<body>${html}</body>`, 'https://example.cz/');
  return findIcoMentions(doc, doc.body, (el) => isHidden(el)).map(({ ico, anchor }) => ({
    ico,
    anchor: anchor.localName,
  }));
}

/** The Czech IČO check digit: weights 8..2 over the first seven digits. */
function validIco(ico: string): boolean {
  const digits = ico.replace(/\s/g, '').padStart(8, '0');
  const sum = [...digits.slice(0, 7)].reduce((total, digit, index) => total + Number(digit) * (8 - index), 0);
  return (11 - (sum % 11)) % 10 === Number(digits[7]);
}

describe('findIcoMentions', () => {
  it('reads numbers right after IČO / IČ / ID No. labels', () => {
    expect(icos('<p>IČO: 27082539, DIČ: CZ27082539</p>')).toEqual([{ ico: '27082539', anchor: 'p' }]);
    expect(icos('<p>IČ 270 82 539</p>')).toEqual([{ ico: '270 82 539', anchor: 'p' }]);
    expect(icos('<p>ID No. 45617821</p>')).toEqual([{ ico: '45617821', anchor: 'p' }]);
    expect(icos('<dl><dt>IČO</dt>\n<dd>06349811</dd></dl>')).toEqual([{ ico: '06349811', anchor: 'dd' }]);
    expect(icos('<span>IČO</span><span>:</span> <b>29134706</b>')).toEqual([
      { ico: '29134706', anchor: 'b' },
    ]);
    expect(icos('<p>ičo:&nbsp;634981</p>')).toEqual([{ ico: '634981', anchor: 'p' }]);
  });

  it('ignores VAT numbers, unlabelled numbers, other words and hidden text', () => {
    expect(icos('<p>DIČ: 27082539</p>')).toEqual([]);
    expect(icos('<p>IČ DPH: 2020123456</p>')).toEqual([]);
    expect(icos('<p>Objednávka 27082539</p>')).toEqual([]);
    expect(icos('<p>Paid no. 27082539</p>')).toEqual([]);
    expect(icos('<p>IČO: 123</p><p>IČO: 1234567890</p>')).toEqual([]);
    expect(icos('<div hidden><p>IČO: 27082539</p></div>')).toEqual([]);
    expect(icos('<script>var x = "IČO: 27082539"</script>')).toEqual([]);
    expect(icos('<th>IČ</th><th>Web</th><th>E-mail</th><td>27082539</td>')).toEqual([]);
  });
});

describe('fixture IČOs', () => {
  it('carry a valid check digit', () => {
    const found = new Set<string>();
    for (const { file } of fixturePages) {
      for (const match of readFixture(file).matchAll(/(?:IČO?|Company ID)[^0-9]{0,60}?(\d[\d ]{5,9}\d)/g)) {
        if (match[1]) found.add(match[1]);
      }
    }
    expect(found.size).toBeGreaterThan(3);
    for (const ico of found) expect(validIco(ico), ico).toBe(true);
  });
});

describe('one IČO label list', () => {
  it('reads the same labels in running text, in labelled fields and in the matcher', async () => {
    const { fieldMeaning } = await import('../../lib/content/crm/field-labels');
    const { findIcos } = await import('../../lib/shared/matching/ico');
    for (const label of ['IČO', 'IČ', 'ICO', 'ID No.', 'Company ID', 'Reg. no.', 'Registration number']) {
      expect(icos(`<p>${label}: 27082539</p>`), label).toEqual([{ ico: '27082539', anchor: 'p' }]);
      expect(fieldMeaning(`${label}:`), label).toBe('ico');
      // A 7-digit number is read only after a label, so this checks the label, not the digits.
      expect(findIcos(`${label}: 6349811`), label).toEqual(['06349811']);
    }
  });
});
