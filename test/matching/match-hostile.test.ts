import { describe, expect, it } from 'vitest';
import { matchQueries } from '../../lib/shared/matching/match-queries';
import type { MatchQuery } from '../../lib/shared/matching/types';
import { fixtureIndex } from './fixtures';

const index = fixtureIndex();
const LONG = 'Pekárna Novák '.repeat(800); // ~11,000 characters

const HOSTILE_STRINGS = [
  '',
  ' ',
  LONG,
  `${'a'.repeat(10_000)}@pekarna-novak.cz`,
  `https://www.pekarna-novak.cz/${'x'.repeat(10_000)}`.replace('https://www.', 'javascript://'),
  '<img src=x onerror=alert(1)>',
  '<a href="https://www.pekarna-novak.cz">Pekárna Novák</a>',
  'javascript:alert(document.cookie)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '🥐🥐🥐',
  '\u202eak.vokan-anrakep.www',
  'שלום עולם',
  'مرحبا',
  '\u0000\u0001\u0002',
  '\ud800',
  'IČO: '.repeat(2000),
  '1 '.repeat(5000),
  '.'.repeat(10_000),
  '@'.repeat(10_000),
  ':'.repeat(10_000),
];

describe('hostile page text', () => {
  it.each(
    HOSTILE_STRINGS.map((text) => [text.length > 60 ? `${text.slice(0, 30)}… (${text.length})` : text, text]),
  )('never throws and matches nothing with %j in every clue', (_label, text) => {
    const queries: MatchQuery[] = [
      { id: 'c', kind: 'company', clues: { name: text, website: text, email: text, ico: text } },
      { id: 'p', kind: 'person', clues: { name: text, email: text, company: { name: text, website: text } } },
    ];
    expect(matchQueries(index, queries)).toEqual([
      { id: 'c', state: 'none' },
      { id: 'p', state: 'none' },
    ]);
  });

  it('a real company name inside an overlong name does not count', () => {
    expect(
      matchQueries(index, [
        { id: 'q', kind: 'company', clues: { name: `${'x'.repeat(300)} Holding Group` } },
      ]),
    ).toEqual([{ id: 'q', state: 'none' }]);
  });

  it('answers a query per well-formed input, skips what it cannot answer, and never throws', () => {
    const queries = [
      null,
      42,
      'query',
      [],
      {},
      { id: 7, kind: 'company', clues: { ico: '45274649' } },
      { id: 'no-kind', clues: { ico: '45274649' } },
      { id: 'bad-kind', kind: 'robot', clues: { ico: '45274649' } },
      { id: 'no-clues', kind: 'company' },
      { id: 'clues-string', kind: 'company', clues: 'IČO 45274649' },
      { id: 'clues-array', kind: 'company', clues: ['45274649'] },
      { id: 'typed-wrong', kind: 'company', clues: { ico: 45274649, website: ['x'], email: {}, name: null } },
      { id: 'person-bad-company', kind: 'person', clues: { name: 'Jan Novák', company: 'Pekárna Novák' } },
      { id: 'ok', kind: 'company', clues: { ico: '45274649' } },
    ] as unknown as MatchQuery[];
    expect(matchQueries(index, queries)).toEqual([
      { id: 'no-kind', state: 'none' },
      { id: 'bad-kind', state: 'none' },
      { id: 'no-clues', state: 'none' },
      { id: 'clues-string', state: 'none' },
      { id: 'clues-array', state: 'none' },
      { id: 'typed-wrong', state: 'none' },
      { id: 'person-bad-company', state: 'none' },
      { id: 'ok', state: 'matched', companyId: 1, via: 'ico' },
    ]);
  });

  it('returns [] for a batch that is not an array', () => {
    expect(matchQueries(index, null as unknown as MatchQuery[])).toEqual([]);
    expect(matchQueries(index, {} as unknown as MatchQuery[])).toEqual([]);
  });

  it('keys the results by query id, duplicates included, in order', () => {
    const results = matchQueries(index, [
      { id: 'a', kind: 'company', clues: { website: 'pekarna-novak.sk' } },
      { id: 'a', kind: 'company', clues: { website: 'holding-group.cz' } },
    ]);
    expect(results.map((r) => r.id)).toEqual(['a', 'a']);
    expect(results.map((r) => (r.state === 'matched' ? r.companyId : 0))).toEqual([2, 5]);
  });

  it('answers a 10,000-query batch of hostile text with no match (speed: npm run bench)', () => {
    const queries: MatchQuery[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: String(i),
      kind: 'company',
      clues: {
        name: HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]!.slice(0, 2000),
        website: `javascript:${i}`,
      },
    }));
    const results = matchQueries(index, queries);
    expect(results).toHaveLength(10_000);
    expect(results.every((r) => r.state === 'none')).toBe(true);
  });
});
