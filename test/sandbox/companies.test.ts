import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { icoNumber } from '../../lib/shared/matching/ico';
import type { SandboxServer } from '../../sandbox/server';
import { call, type Json, type Page, start } from './helpers';

let sandbox: SandboxServer;

beforeAll(async () => {
  sandbox = await start({ scale: 1000 });
});
afterAll(() => sandbox.close());

async function firstIdentifiedSession(): Promise<Json> {
  const page = await call<Page>(
    `${sandbox.url}resources/techmont.cz/sessions/?session_type=identified`,
    sandbox.token,
  );
  return page.body.results[0] as Json;
}

describe('company details', () => {
  it('detail_url from a session gives all contract fields', async () => {
    const summary = (await firstIdentifiedSession()).company as Json;
    const res = await call(summary.detail_url as string, sandbox.token);
    expect(res.status).toBe(200);
    const company = res.body;
    expect(Object.keys(company).sort()).toEqual(
      [
        'address',
        'city',
        'contact_persons',
        'detail_url',
        'email',
        'global_country',
        'ico',
        'id',
        'magnitude',
        'name',
        'persons_url',
        'phones',
        'region',
        'turnover',
        'turnover_numeric',
        'website',
        'zipcode',
      ].sort(),
    );
    expect(company.id).toBe(summary.id);
    expect(company.name).toBe(summary.name);
    expect(company.contact_persons).toEqual(summary.contact_persons);
    expect(Array.isArray(company.phones)).toBe(true);
    // The extension matches by IČO, so it must accept every seeded one.
    expect(icoNumber(company.ico as string)).toBe(Number(company.ico));
    expect(company.detail_url).toBe(summary.detail_url);
  });

  it('needs the right secure_token (404 otherwise) and a valid API token', async () => {
    const summary = (await firstIdentifiedSession()).company as Json;
    const url = new URL(summary.detail_url as string);
    expect(url.searchParams.get('secure_token')).toMatch(/^[0-9a-f]{20}$/);
    const wrong = new URL(url.href);
    wrong.searchParams.set('secure_token', 'abc');
    const missing = new URL(url.href);
    missing.search = '';
    for (const bad of [wrong, missing]) {
      const res = await call(bad.href, sandbox.token);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ detail: 'Not found.' });
    }
    expect((await call(url.href, null)).status).toBe(401);
    expect((await call(`${sandbox.url}companies/1/?secure_token=x`, sandbox.token)).status).toBe(404);
  });

  it('persons_url lists the contact persons, each with a token-protected detail_url', async () => {
    const company = sandbox.data.companies.find((c) => c.personIds.length >= 2);
    if (!company) throw new Error('no company with persons');
    const detail = (
      await call(`${sandbox.url}companies/${company.id}/?secure_token=${company.secureToken}`, sandbox.token)
    ).body;
    const persons = await call<Page>(detail.persons_url as string, sandbox.token);
    expect(persons.status).toBe(200);
    expect(persons.body.results.map((p) => p.name)).toEqual(detail.contact_persons);
    const person = persons.body.results[0] as Json;
    expect(Object.keys(person).sort()).toEqual([
      'company',
      'detail_url',
      'email',
      'id',
      'name',
      'phone',
      'position',
    ]);
    expect(person.company).toBe(company.id);
    expect((await call(person.detail_url as string, sandbox.token)).body).toEqual(person);
    expect((await call(`${sandbox.url}persons/${person.id}/`, sandbox.token)).status).toBe(404);
    expect((await call(`${sandbox.url}persons/?company=42`, sandbox.token)).status).toBe(400);
  });
});

describe('seeded companies', () => {
  const data = () => sandbox.data;

  it('every IČO has 8 digits and a valid mod-11 check digit', () => {
    for (const company of data().companies)
      expect(icoNumber(company.ico), company.ico).toBe(Number(company.ico));
  });

  it('turnover and magnitude labels come from the code lists', async () => {
    const turnovers = (await call<Json[]>(`${sandbox.url}turnovers/`, sandbox.token)).body;
    const magnitudes = (await call<Json[]>(`${sandbox.url}magnitudes/`, sandbox.token)).body;
    expect(Array.isArray(turnovers) && Array.isArray(magnitudes)).toBe(true);
    const turnoverNames = new Set(turnovers.map((t) => t.name));
    const magnitudeNames = new Set(magnitudes.map((m) => m.name));
    expect(turnoverNames.has('10 – 50 mil. Kč')).toBe(true);
    expect(magnitudeNames.has('25 – 49 zaměstnanců')).toBe(true);
    for (const company of data().companies) {
      if (company.turnover !== null) expect(turnoverNames.has(company.turnover), company.turnover).toBe(true);
      if (company.magnitude !== null)
        expect(magnitudeNames.has(company.magnitude), company.magnitude).toBe(true);
      if (company.turnover_numeric !== null) {
        const band = turnovers.find((t) => t.name === company.turnover);
        expect(company.turnover_numeric).toBeGreaterThanOrEqual(band?.min as number);
      }
    }
    for (const entry of turnovers)
      expect(Object.keys(entry)).toEqual(expect.arrayContaining(['id', 'name', 'min', 'max']));
  });

  it('code lists filter by country and reject unknown countries', async () => {
    const sk = (await call<Json[]>(`${sandbox.url}magnitudes/?country=SK`, sandbox.token)).body;
    expect(sk.length).toBeGreaterThan(0);
    expect(sk.every((m) => m.country === 'SK')).toBe(true);
    const bad = await call(`${sandbox.url}turnovers/?country=XX`, sandbox.token);
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ country: ['Select a valid choice. XX is not one of the available choices.'] });
  });

  it('look like Czech and Slovak firms', () => {
    const companies = data().companies;
    expect(companies.length).toBeGreaterThanOrEqual(300);
    const names = companies.map((c) => c.name);
    for (const form of ['s.r.o.', 'spol. s r.o.', 'a.s.', 'z.s.']) {
      expect(
        names.some((n) => n.endsWith(` ${form}`) || n.endsWith(`, ${form}`)),
        form,
      ).toBe(true);
    }
    expect(names.some((n) => /[ěščřžýáíéůúňťďĚŠČŘŽ]/.test(n))).toBe(true);
    expect(companies.some((c) => c.global_country === 'SK')).toBe(true);
    const websites = companies.map((c) => c.website);
    expect(websites.some((w) => w === null)).toBe(true);
    expect(websites.some((w) => w?.includes('://www.') || w?.startsWith('www.'))).toBe(true);
    expect(
      websites.some((w) => w !== null && !w.includes('www.') && /^[a-z0-9-]+\.(cz|sk|eu|com)/.test(w)),
    ).toBe(true);
    const emails = companies.map((c) => c.email ?? '');
    expect(emails.some((e) => /@(seznam|email|centrum)\.cz$/.test(e))).toBe(true);
    expect(companies.every((c) => c.phones.every((p) => /^\+42[01] \d{3} \d{3} \d{3}$/.test(p)))).toBe(true);
    expect(companies.every((c) => c.contact_persons.length <= 4)).toBe(true);
    const positions = new Set(data().persons.map((p) => p.position));
    expect(positions.has('jednatel') || positions.has('jednatelka')).toBe(true);
  });

  it('include hostile records, reachable through the API', async () => {
    const { hostile } = data();
    const byId = (id: number) => data().companies.find((c) => c.id === id);
    expect(byId(hostile.htmlName)?.name).toBe('<img src=x onerror=alert(1)>');
    expect(byId(hostile.javascriptWebsite)?.website).toBe('javascript:alert(1)');
    expect(byId(hostile.longName)?.name.length).toBeGreaterThanOrEqual(290);
    expect(byId(hostile.rtlName)?.name).toMatch(/[\u0600-\u06ff]/);
    // They appear among the newest sessions, so UI tests meet them on the first page.
    const firstPages = [
      ...(await call<Page>(`${sandbox.url}resources/techmont.cz/sessions/?page_size=100`, sandbox.token)).body
        .results,
      ...(await call<Page>(`${sandbox.url}resources/techmont.sk/sessions/?page_size=100`, sandbox.token)).body
        .results,
      ...(
        await call<Page>(
          `${sandbox.url}resources/akademie.techmont.cz/sessions/?page_size=100`,
          sandbox.token,
        )
      ).body.results,
    ];
    const seen = new Set(firstPages.map((s) => (s.company as Json | null)?.id));
    for (const id of Object.values(hostile)) expect(seen.has(id), String(id)).toBe(true);
  });
});
