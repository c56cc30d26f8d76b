import { describe, expect, it } from 'vitest';
import { isLeadyError, type LeadyError } from '../../lib/shared/api/errors';
import {
  ActionSchema,
  BlacklistEntrySchema,
  CodeListItemSchema,
  CompanySchema,
  PersonSchema,
  parseOne,
  parsePage,
  parsePageOrArray,
  ResourceSchema,
  SavedFilterSchema,
  SessionSchema,
  TokenSchema,
} from '../../lib/worker/api/schemas';

function thrown(fn: () => unknown): LeadyError {
  try {
    fn();
  } catch (error) {
    if (isLeadyError(error)) return error;
    throw error;
  }
  throw new Error('expected a LeadyError');
}

const company = {
  id: 7,
  name: 'Acme s.r.o.',
  territory: 'Praha',
  email: 'info@acme.cz',
  website: 'https://acme.cz',
  contact_persons: ['Jan Novák', 'Eva Malá'],
  detail_url: 'https://api.leady.com/v1/companies/7/abc/',
};

const session = {
  id: 101,
  company,
  first_timestamp: '2026-11-27T10:00:00',
  last_timestamp: '2026-11-27T10:05:00+01:00',
  referrer: 'https://google.com/',
  search_engine_query: 'acme widgets',
  action_list_url: 'https://api.leady.com/v1/sessions/101/actions/',
};

describe('session schema', () => {
  it('reads a full session, timestamps as epoch ms in UTC', () => {
    expect(parseOne(SessionSchema, session, 'sessions.get')).toEqual({
      ...session,
      first_timestamp: Date.parse('2026-11-27T10:00:00Z'),
      last_timestamp: Date.parse('2026-11-27T09:05:00Z'),
    });
  });

  it('treats a missing or null company as an unidentified visitor', () => {
    expect(parseOne(SessionSchema, { id: 1, company: null }, 's').company).toBeNull();
    expect(parseOne(SessionSchema, { id: 1 }, 's')).toEqual({ id: 1, company: null });
  });

  it('normalises numeric-string ids to numbers, in the session and its company', () => {
    const parsed = parseOne(SessionSchema, { id: '101', company: { id: ' 7 ', name: 'Acme' } }, 's');
    expect(parsed.id).toBe(101);
    expect(parsed.company?.id).toBe(7);
  });

  it('ignores unknown fields', () => {
    const parsed = parseOne(
      SessionSchema,
      { ...session, surprise: 1, company: { ...company, extra: true } },
      's',
    );
    expect(parsed).not.toHaveProperty('surprise');
    expect(parsed.company).not.toHaveProperty('extra');
  });

  it('turns display fields of the wrong type into missing instead of failing', () => {
    const parsed = parseOne(
      SessionSchema,
      {
        id: 1,
        referrer: 42,
        search_engine_query: { q: 'x' },
        first_timestamp: 'not a time',
        last_timestamp: null,
        company: { id: 7, name: 'Acme', contact_persons: 'Jan Novák', email: null, website: ['x'] },
      },
      's',
    );
    expect(parsed).toEqual({
      id: 1,
      referrer: '42',
      company: { id: 7, name: 'Acme', contact_persons: [] },
    });
  });

  it('requires the session id', () => {
    const error = thrown(() => parseOne(SessionSchema, { company: null }, 'sessions.get'));
    expect(error.kind).toBe('malformed');
    expect(error.endpoint).toBe('sessions.get');
    expect(error.message).toMatch(/sessions\.get.*id:/);
  });

  it('refuses a non-numeric or negative id', () => {
    expect(() => parseOne(SessionSchema, { id: 'abc' }, 's')).toThrow(/id:/);
    expect(() => parseOne(SessionSchema, { id: -1 }, 's')).toThrow(/id:/);
    expect(() => parseOne(SessionSchema, { id: 1.5 }, 's')).toThrow(/id:/);
  });

  it('requires the embedded company to have id and name', () => {
    expect(() => parseOne(SessionSchema, { id: 1, company: { name: 'Acme' } }, 's')).toThrow(/company\.id/);
    expect(() => parseOne(SessionSchema, { id: 1, company: { id: 2, name: '  ' } }, 's')).toThrow(
      /company\.name/,
    );
  });

  it('does not quote received values (personal data, tokens) in error messages', () => {
    const error = thrown(() => parseOne(SessionSchema, { id: 'secret-value' }, 's'));
    expect(error.message).not.toContain('secret-value');
    expect(error.message).toContain('(got string)');
  });
});

describe('action schema', () => {
  it('reads null or zero seconds_spent', () => {
    expect(parseOne(ActionSchema, { location: 'https://acme.cz/', seconds_spent: null }, 'a')).toEqual({
      location: 'https://acme.cz/',
    });
    expect(
      parseOne(ActionSchema, { location: 'https://acme.cz/', seconds_spent: 0 }, 'a').seconds_spent,
    ).toBe(0);
  });

  it('reads optional timestamp and title', () => {
    expect(
      parseOne(
        ActionSchema,
        { location: '/x', seconds_spent: 12, timestamp: '2026-11-27 10:00:00', title: 'Home' },
        'a',
      ),
    ).toEqual({
      location: '/x',
      seconds_spent: 12,
      timestamp: Date.parse('2026-11-27T10:00:00Z'),
      title: 'Home',
    });
  });

  it('requires a location', () => {
    expect(() => parseOne(ActionSchema, { seconds_spent: 3 }, 'actions.list')).toThrow(/location/);
  });
});

describe('company and person schemas', () => {
  const full = {
    id: 7,
    name: 'Acme s.r.o.',
    turnover: '10–50 mil. Kč',
    turnover_numeric: '25000000.00',
    magnitude: '25–49',
    email: 'info@acme.cz',
    website: 'https://acme.cz',
    phones: ['+420 123 456 789', 42, null, { n: 1 }],
    address: 'Main 1',
    city: 'Praha',
    region: 'Hlavní město Praha',
    global_country: 'CZ',
    zipcode: 11000,
    contact_persons: ['Jan Novák'],
    ico: 1234567,
    persons_url: 'https://api.leady.com/v1/persons/?company=7',
  };

  it('reads every known field, tolerating decimal strings, numeric zipcodes and mixed phone lists', () => {
    expect(parseOne(CompanySchema, full, 'companies.get')).toEqual({
      ...full,
      turnover_numeric: 25_000_000,
      phones: ['+420 123 456 789', '42'],
      zipcode: '11000',
      ico: '01234567',
    });
  });

  it('needs only id and name', () => {
    expect(parseOne(CompanySchema, { id: '7', name: 'Acme' }, 'c')).toEqual({
      id: 7,
      name: 'Acme',
      phones: [],
      contact_persons: [],
    });
    expect(() => parseOne(CompanySchema, { id: 7 }, 'companies.get')).toThrow(/name/);
  });

  it('treats phones that are not an array as none', () => {
    expect(parseOne(CompanySchema, { id: 7, name: 'A', phones: '+420 1' }, 'c').phones).toEqual([]);
    expect(
      parseOne(CompanySchema, { id: 7, name: 'A', turnover_numeric: 'n/a' }, 'c').turnover_numeric,
    ).toBeUndefined();
  });

  it('reads a person with every field optional', () => {
    expect(parseOne(PersonSchema, {}, 'p')).toEqual({});
    expect(
      parseOne(
        PersonSchema,
        {
          id: '3',
          name: 'Jan',
          position: 'jednatel',
          email: 1,
          phone: '+420',
          company: '7',
          detail_url: 'u',
        },
        'p',
      ),
    ).toEqual({
      id: 3,
      name: 'Jan',
      position: 'jednatel',
      email: '1',
      phone: '+420',
      company: 7,
      detail_url: 'u',
    });
    expect(parseOne(PersonSchema, { id: 'x', company: { id: 7 } }, 'p')).toEqual({});
  });
});

describe('list item schemas', () => {
  it('requires a token string', () => {
    expect(parseOne(TokenSchema, { token: 'abc' }, 't').token).toBe('abc');
    expect(() => parseOne(TokenSchema, { token: '' }, 'auth.token-get')).toThrow(/token/);
    expect(() => parseOne(TokenSchema, {}, 'auth.token-get')).toThrow(/token/);
  });

  it('reads resources, requiring the domain', () => {
    expect(
      parseOne(ResourceSchema, { domain: 'acme.cz', name: 'Acme', sessions_url: 'u', x: 1 }, 'r'),
    ).toEqual({
      domain: 'acme.cz',
      name: 'Acme',
      sessions_url: 'u',
    });
    expect(() => parseOne(ResourceSchema, { name: 'Acme' }, 'r')).toThrow(/domain/);
  });

  it('reads saved filters and code list items with everything optional', () => {
    expect(parseOne(SavedFilterSchema, { id: 4, name: 'Hot', resource: 'acme.cz' }, 'f')).toEqual({
      id: 4,
      name: 'Hot',
      resource: 'acme.cz',
    });
    expect(parseOne(CodeListItemSchema, { id: 1, name: '0–1 mil.', min: 0, max: '1000000' }, 'c')).toEqual({
      id: 1,
      name: '0–1 mil.',
      min: 0,
      max: 1_000_000,
    });
    expect(parseOne(CodeListItemSchema, { id: 9, name: '1 mld.+', min: 1e9, max: null }, 'c')).toEqual({
      id: 9,
      name: '1 mld.+',
      min: 1e9,
    });
  });

  it('reads a blacklist entry with a company object or a bare company id', () => {
    expect(
      parseOne(
        BlacklistEntrySchema,
        { id: 5, company: { id: 7, name: 'Acme' }, created: '2026-11-27T10:00:00Z' },
        'b',
      ),
    ).toEqual({ id: 5, company: { id: 7, name: 'Acme' }, created: Date.parse('2026-11-27T10:00:00Z') });
    expect(parseOne(BlacklistEntrySchema, { id: 5, company: '7' }, 'b')).toEqual({
      id: 5,
      company: { id: 7 },
    });
    expect(parseOne(BlacklistEntrySchema, { id: 5, company: true }, 'b')).toEqual({ id: 5 });
  });
});

describe('pages', () => {
  it('reads the envelope and items', () => {
    const page = parsePage(
      SessionSchema,
      { next: 'https://api.leady.com/v1/x/?cursor=abc', previous: null, results: [{ id: 1 }, { id: 2 }] },
      'sessions.list',
    );
    expect(page).toEqual({
      next: 'https://api.leady.com/v1/x/?cursor=abc',
      previous: null,
      results: [
        { id: 1, company: null },
        { id: 2, company: null },
      ],
      dropped: 0,
    });
  });

  it('drops a broken item and counts it instead of losing the page', () => {
    const page = parsePage(
      SessionSchema,
      { next: null, previous: null, results: [{ id: 1 }, { id: 'broken' }, 'junk', { id: 4 }] },
      'sessions.list',
    );
    expect(page.results.map((s) => s.id)).toEqual([1, 4]);
    expect(page.dropped).toBe(2);
  });

  it('reports malformed when no item at all is usable', () => {
    const error = thrown(() =>
      parsePage(SessionSchema, { next: null, results: [{ x: 1 }, { y: 2 }] }, 'sessions.list'),
    );
    expect(error.kind).toBe('malformed');
    expect(error.message).toContain('sessions.list');
    expect(error.message).toContain('results.0.id');
  });

  it('accepts an empty page and missing links', () => {
    expect(parsePage(SessionSchema, { results: [] }, 's')).toEqual({
      next: null,
      previous: null,
      results: [],
      dropped: 0,
    });
  });

  it('reports an envelope that does not fit as malformed, naming endpoint, path and problem', () => {
    const cases: [unknown, RegExp][] = [
      [[{ id: 1 }], /\(root\)/],
      [{ next: null, previous: null }, /results/],
      [{ next: null, results: 'nope' }, /results: .*\(got string\)/],
      [{ next: 42, results: [] }, /next/],
      [null, /\(root\).*\(got null\)/],
      ['<html>', /\(root\)/],
    ];
    for (const [body, pattern] of cases) {
      const error = thrown(() => parsePage(SessionSchema, body, 'sessions.list'));
      expect(error.kind).toBe('malformed');
      expect(error.endpoint).toBe('sessions.list');
      expect(error.message).toMatch(/^sessions\.list: /);
      expect(error.message).toMatch(pattern);
    }
  });

  it('accepts a code list as a bare array or as a page', () => {
    const items = [{ id: 1, name: 'a' }, { id: 2, name: 'b' }, 'junk'];
    expect(parsePageOrArray(CodeListItemSchema, items, 'turnovers.list')).toEqual({
      next: null,
      previous: null,
      results: [
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
      ],
      dropped: 1,
    });
    expect(
      parsePageOrArray(CodeListItemSchema, { next: null, previous: null, results: items.slice(0, 1) }, 'x')
        .results,
    ).toEqual([{ id: 1, name: 'a' }]);
    expect(() => parsePageOrArray(CodeListItemSchema, { items }, 'turnovers.list')).toThrow(/results/);
  });
});
