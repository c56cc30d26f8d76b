import { describe, expect, it } from 'vitest';
import { foldedWords } from '../../lib/shared/matching/fold';

/** The general path, spelled out: what the Latin table must agree with. */
function referenceWords(text: string): string[] {
  const folded = text
    .replace(
      /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2122\u2120\u00ae\u00a9]/gu,
      '',
    )
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(
      /[łđøßæœıþð]/g,
      (c) => ({ ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' })[c] ?? c,
    );
  return folded.match(/[\p{L}\p{N}]+|&/gu) ?? [];
}

describe('foldedWords', () => {
  it.each([
    ['Pekárna Novák, s.r.o.', ['pekarna', 'novak', 's', 'r', 'o']],
    ['Žluťoučký kůň úpěl ďábelské ódy', ['zlutoucky', 'kun', 'upel', 'dabelske', 'ody']],
    ['Ľubovňa, Štúrovo, Ružomberok, Kôň, Ŕ', ['lubovna', 'sturovo', 'ruzomberok', 'kon', 'r']],
    ['Novák&Syn', ['novak', '&', 'syn']],
    ['„Řezník“ – Žďár', ['reznik', 'zdar']],
    ['Łódź Straße Øresund Æble', ['lodz', 'strasse', 'oresund', 'aeble']],
    ['ＦＩＲＭＡ ﬁrma', ['firma', 'firma']],
    ['Pekár\u00adna', ['pekarna']],
    ['\u202eFirma\u200b', ['firma']],
    ['🍕 Pizza 🍕 ☕', ['pizza']],
    ['Газпром', ['газпром']],
    ['e\u0301clair', ['eclair']],
    ['', []],
    ['  ', []],
  ])('%j → %j', (text, words) => {
    expect(foldedWords(text)).toEqual(words);
  });

  it('folds every code point below U+0250 like the general NFKD path', () => {
    for (let code = 0x20; code < 0x250; code += 1) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(foldedWords(text), `U+${code.toString(16)}`).toEqual(referenceWords(text));
    }
  });

  it('agrees with the general path on mixed Czech/Slovak text', () => {
    const samples = [
      'Příliš žluťoučký kůň úpěl ďábelské ódy.',
      'Dobrý deň, ĽUBOMÍR Ďurovič & syn, s. r. o.',
      'ČEZ, a. s. — Duhová 2/1444, 140 53 Praha 4',
      'Ing. Jana Nováková, Ph.D. (jana.novakova@firma.cz)',
    ];
    for (const text of samples) expect(foldedWords(text)).toEqual(referenceWords(text));
  });

  it('handles long text', () => {
    const text = 'Á&'.repeat(5000);
    expect(foldedWords(text)).toHaveLength(10_000);
  });
});
