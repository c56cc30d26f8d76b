import { describe, expect, it } from 'vitest';
import { searchCompanies } from '../../lib/extension-pages/popup/search';
import { sortCompanies } from '../../lib/extension-pages/popup/sort';
import type { CompanySummary } from '../../lib/shared/popup/types';
import type { CompanyRecord, SessionRecord } from '../../lib/worker/cache/schema';
import { aggregateCompanies } from '../../lib/worker/popup-requests/aggregate';

function company(id: number, name: string, extra: Partial<CompanyRecord> = {}): CompanyRecord {
  return { id, name, contactPersons: [], domains: [], seenAt: 0, ...extra };
}

function session(
  id: number,
  companyId: number,
  lastAt: number,
  extra: Partial<SessionRecord> = {},
): SessionRecord {
  return {
    key: `web.cz ${id}`,
    id,
    resource: 'web.cz',
    companyId,
    firstAt: lastAt - 120_000,
    lastAt,
    ...extra,
  };
}

describe('aggregateCompanies', () => {
  it('sums visits, time and known pages per company and keeps the last visit', () => {
    const companies = new Map([
      [1, company(1, 'Alfa s.r.o.', { website: 'https://alfa.cz', ico: '12345678', domains: ['alfa.cz'] })],
      [2, company(2, 'Beta a.s.')],
    ]);
    const result = aggregateCompanies(
      [
        session(1, 1, 1_000_000, { actionCount: 3 }),
        session(2, 1, 2_000_000, { actions: [{ location: 'https://web.cz/', seconds_spent: 30 }] }),
        session(3, 2, 500_000),
        session(4, -1, 3_000_000),
        session(5, 99, 3_000_000),
      ],
      companies,
    );
    expect(result).toEqual([
      {
        id: 1,
        name: 'Alfa s.r.o.',
        website: 'https://alfa.cz',
        ico: '12345678',
        domains: ['alfa.cz'],
        visits: 2,
        seconds: 150,
        pages: 4,
        lastVisitAt: 2_000_000,
      },
      {
        id: 2,
        name: 'Beta a.s.',
        website: undefined,
        ico: undefined,
        domains: [],
        visits: 1,
        seconds: 120,
        lastVisitAt: 500_000,
      },
    ]);
  });
});

const list: CompanySummary[] = [
  {
    id: 1,
    name: 'Žlutý kůň s.r.o.',
    domains: ['zlutykun.cz'],
    ico: '27074358',
    visits: 2,
    seconds: 100,
    lastVisitAt: 10,
  },
  { id: 2, name: 'Alfa Stavby a.s.', domains: ['alfa-stavby.cz'], visits: 9, seconds: 50, lastVisitAt: 30 },
  {
    id: 3,
    name: 'Čeřovka',
    domains: [],
    website: 'https://www.cerovka.sk',
    visits: 2,
    seconds: 900,
    lastVisitAt: 20,
  },
];

describe('searching companies', () => {
  it('folds diacritics and case', () => {
    expect(searchCompanies(list, '  ŽLUTÝ   KŮŇ ').map((c) => c.id)).toEqual([1]);
    expect(searchCompanies(list, 'zluty kun').map((c) => c.id)).toEqual([1]);
    expect(searchCompanies(list, 'CEROVKA').map((c) => c.id)).toEqual([3]);
  });

  it('finds by domain, also typed as a URL, and by IČO with spaces', () => {
    expect(searchCompanies(list, 'alfa-stavby').map((c) => c.id)).toEqual([2]);
    expect(searchCompanies(list, 'https://www.zlutykun.cz/kontakt').map((c) => c.id)).toEqual([1]);
    expect(searchCompanies(list, 'cerovka.sk').map((c) => c.id)).toEqual([3]);
    expect(searchCompanies(list, '270 74').map((c) => c.id)).toEqual([1]);
  });

  it('an empty query keeps everything; a miss finds nothing', () => {
    expect(searchCompanies(list, '  ')).toHaveLength(3);
    expect(searchCompanies(list, 'omega')).toEqual([]);
  });
});

describe('sorting companies', () => {
  it('by last visit, visits or time, most first; ties by name in Czech order', () => {
    expect(sortCompanies(list, 'lastVisit', 'cs').map((c) => c.id)).toEqual([2, 3, 1]);
    expect(sortCompanies(list, 'visits', 'cs').map((c) => c.id)).toEqual([2, 3, 1]);
    expect(sortCompanies(list, 'time', 'cs').map((c) => c.id)).toEqual([3, 1, 2]);
    expect(sortCompanies(list, 'lastVisit', 'cs')).not.toBe(list);
  });
});
