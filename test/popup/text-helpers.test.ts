import { describe, expect, it } from 'vitest';
import { pluralKey } from '../../lib/extension-pages/popup/plural';
import { actionPath, displayHost, referrerHost } from '../../lib/extension-pages/popup/url-text';
import type { CodeListItem } from '../../lib/worker/api/schemas';
import { applicableFilters } from '../../lib/worker/popup-requests/applicable-filters';
import { bandLabel, needsCodeList } from '../../lib/worker/popup-requests/bands';

const TURNOVERS: CodeListItem[] = [
  { id: 1, name: 'do 1 mil. Kč', min: 0, max: 1_000_000 },
  { id: 2, name: '1 – 5 mil. Kč', min: 1_000_000, max: 5_000_000 },
  { id: 8, name: 'nad 1 mld. Kč', min: 1_000_000_000 },
];
const MAGNITUDES: CodeListItem[] = [
  { id: 1, name: 'bez zaměstnanců', min: 0, max: 0 },
  { id: 2, name: '1 – 5 zaměstnanců', min: 1, max: 5 },
];

describe('bands', () => {
  it('shows the API label as it is', () => {
    expect(bandLabel('10 – 50 mil. Kč', 20_000_000, TURNOVERS)).toBe('10 – 50 mil. Kč');
    expect(needsCodeList('10 – 50 mil. Kč', 1)).toBe(false);
  });

  it('resolves a code to its label, and a number to its band', () => {
    expect(needsCodeList('2')).toBe(true);
    expect(needsCodeList(undefined, 3_000_000)).toBe(true);
    expect(needsCodeList(undefined)).toBe(false);
    expect(bandLabel('2', undefined, TURNOVERS)).toBe('1 – 5 mil. Kč');
    expect(bandLabel(undefined, 3_000_000, TURNOVERS)).toBe('1 – 5 mil. Kč');
    expect(bandLabel(undefined, 1_000_000, TURNOVERS)).toBe('1 – 5 mil. Kč');
    expect(bandLabel(undefined, 7_000_000_000, TURNOVERS)).toBe('nad 1 mld. Kč');
  });

  it('uses a closed band upper bound for counts (0 employees, 5 employees)', () => {
    expect(bandLabel(undefined, 0, MAGNITUDES)).toBe('bez zaměstnanců');
    expect(bandLabel(undefined, 5, MAGNITUDES)).toBe('1 – 5 zaměstnanců');
  });

  it('shows nothing for a code it cannot resolve', () => {
    expect(bandLabel('42', undefined, undefined)).toBeUndefined();
    expect(bandLabel('', undefined, TURNOVERS)).toBeUndefined();
  });
});

describe('plural keys', () => {
  it('picks the Czech forms', () => {
    expect([1, 2, 4, 5, 0, 22].map((n) => pluralKey('pages', n, 'cs'))).toEqual([
      'pagesOne',
      'pagesFew',
      'pagesFew',
      'pagesOther',
      'pagesOther',
      // "22 stránek": Czech (CLDR) uses the many-form for compound numbers.
      'pagesOther',
    ]);
    expect([1, 2, 5].map((n) => pluralKey('pages', n, 'en'))).toEqual([
      'pagesOne',
      'pagesOther',
      'pagesOther',
    ]);
  });
});

describe('URL text', () => {
  it('shortens referrers to their host', () => {
    expect(referrerHost('https://www.google.com/search?q=lisovani')).toBe('google.com');
    expect(referrerHost('android-app://com.google.android.gm/')).toBeUndefined();
    expect(referrerHost('not a url')).toBeUndefined();
    expect(referrerHost(undefined)).toBeUndefined();
  });

  it('shows page views as readable paths without campaign parameters', () => {
    expect(actionPath('https://web.cz/cen%C3%ADk?utm_source=newsletter&plan=pro#x')).toBe('/ceník?plan=pro');
    expect(actionPath('https://web.cz/')).toBe('/');
    expect(actionPath('/bad%')).toBe('/bad%');
  });

  it('shows a website as its host, or the text when it is none', () => {
    expect(displayHost('https://www.firma.cz/o-nas')).toBe('firma.cz');
    expect(displayHost('firma.cz')).toBe('firma.cz');
    expect(displayHost('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(displayHost('  ')).toBeUndefined();
  });
});

describe('saved filters', () => {
  it('offers filters of this website and of every website; names fall back to the id', () => {
    const filters = [
      { id: 1, name: 'Všechny identifikované' },
      { id: 2, name: 'Ceník', resource: 'techmont.cz' },
      { id: 3, name: 'Slovensko', resource: 'techmont.sk' },
      { id: 4, resource: '17' },
      { name: 'bez id' },
    ];
    expect(applicableFilters(filters, 'techmont.cz')).toEqual([
      { id: 1, name: 'Všechny identifikované' },
      { id: 2, name: 'Ceník' },
      { id: 4, name: '#4' },
    ]);
    expect(applicableFilters(filters, undefined)).toHaveLength(4);
  });
});
