/**
 * Matcher benchmark (issue 11): the matcher as shipped (lib/shared/matching bundled and minified by Vite,
 * as in the worker's background.js) against a plain reference of the same documented rules
 * (bench/matching-reference.ts: public key functions, a Map per key, arrays filtered), on the same
 * batches of 10,000 page candidates against 100,000 synthetic Czech/Slovak companies, in one
 * process, batches alternating. The figure is their ratio: the machine is shared and noisy, so an
 * absolute time is reported beside it, never judged. What a user feels, navigation to badges, is
 * measured in the browser (bench/content.ts), with the worker's heap at 100k. Also reported: the
 * index's heap here (after a full gc). BENCH_RUNS sets the number of timed batch pairs (default 9).
 * Run alone: `npx tsx bench/matching.ts`; with the others: `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { build } from 'vite';
import type { MatchIndex } from '../lib/shared/matching/match-index';
import type { MatchableCompany, MatchablePerson, MatchQuery } from '../lib/shared/matching/types';
import { plainReference } from './matching-reference';
import type { BenchResult } from './types';

const COMPANIES = 100_000;
const PERSONS = 20_000;
const CANDIDATES = 10_000;
const TIMED_RUNS = Number(process.env.BENCH_RUNS ?? 9);
const WARM_UP_RUNS = 3;
/** The shipped matcher may not be much slower than the plain reference of its rules. */
const RATIO_BUDGET = 1.5;

const SURNAMES = [
  'Novák',
  'Svoboda',
  'Novotný',
  'Dvořák',
  'Černý',
  'Procházka',
  'Kučera',
  'Veselý',
  'Horák',
  'Němec',
  'Marek',
  'Pokorný',
  'Pospíšil',
  'Hájek',
  'Král',
  'Jelínek',
  'Růžička',
  'Beneš',
  'Fiala',
  'Sedláček',
  'Doležal',
  'Zeman',
  'Kolář',
  'Navrátil',
  'Čermák',
  'Vaněk',
  'Urban',
  'Blažek',
  'Kříž',
  'Kovář',
  'Bartoš',
  'Vlček',
  'Polák',
  'Kopecký',
  'Musil',
  'Šimek',
  'Konečný',
  'Malý',
  'Holub',
  'Štěpánek',
  'Kadlec',
  'Dostál',
  'Soukup',
  'Mareš',
  'Sýkora',
  'Tichý',
  'Valenta',
  'Bláha',
  'Vávra',
  'Matoušek',
];
const TRADES = [
  'Pekárna',
  'Stavby',
  'Elektro',
  'Autoservis',
  'Truhlářství',
  'Kovovýroba',
  'Zahradnictví',
  'Tiskárna',
  'Účetnictví',
  'Reality',
  'Doprava',
  'Strojírna',
  'Software',
  'Consulting',
  'Agro',
  'Invest',
  'Trade',
  'Logistika',
  'Projekt',
  'Servis',
  'Instalace',
  'Medical',
  'Energo',
  'Plast',
  'Metal',
  'Textil',
  'Design',
  'Studio',
  'Media',
  'Solutions',
  'Okna',
  'Střechy',
  'Podlahy',
  'Lešení',
  'Vodoinstalace',
];
const PLACES = [
  'Praha',
  'Brno',
  'Ostrava',
  'Plzeň',
  'Olomouc',
  'Zlín',
  'Liberec',
  'Hradec',
  'Pardubice',
  'Jihlava',
  'Opava',
  'Kladno',
  'Most',
  'Tábor',
  'Znojmo',
  'Bratislava',
  'Košice',
  'Žilina',
  'Nitra',
  'Trnava',
  'Morava',
  'Bohemia',
  'Vysočina',
  'Šumava',
  'Krkonoše',
  'Beskydy',
  'Haná',
  'Polabí',
  'Slovácko',
  'Orava',
];
const FORMS = ['s.r.o.', ', s.r.o.', 'spol. s r.o.', 'a.s.', ', a. s.', 'v.o.s.', 'k.s.', 'z.s.', '', 'GmbH'];
const QUERY_FORMS = ['s. r. o.', 'S.R.O.', 'spol. s r. o.', ', s.r.o', 'sro', 'a. s.', ''];
const TLDS = ['cz', 'cz', 'cz', 'cz', 'cz', 'cz', 'cz', 'sk', 'com', 'eu'];
const FIRST_NAMES = ['Jan', 'Petr', 'Jana', 'Eva', 'Tomáš', 'Lucie', 'Martin', 'Kateřina', 'Pavel', 'Zuzana'];

/** Deterministic PRNG (mulberry32) so every run benchmarks the same data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A valid IČO from a 7-digit prefix (every prefix has exactly one check digit). */
function icoFrom(prefix: number): string {
  const digits = String(prefix).padStart(7, '0');
  let sum = 0;
  for (let i = 0; i < 7; i += 1) sum += Number(digits[i]) * (8 - i);
  return `${digits}${(11 - (sum % 11)) % 10}`;
}

interface SyntheticCompany extends MatchableCompany {
  baseName: string;
  domain: string;
}

function syntheticCompanies(count: number): SyntheticCompany[] {
  const random = prng(42);
  const usedDomains = new Set<string>();
  const companies: SyntheticCompany[] = [];
  for (let id = 1; id <= count; id += 1) {
    const pattern = random();
    let baseName =
      pattern < 0.3
        ? `${pick(random, TRADES)} ${pick(random, SURNAMES)}`
        : pattern < 0.6
          ? `${pick(random, SURNAMES)} ${pick(random, TRADES)} ${pick(random, PLACES)}`
          : pattern < 0.85
            ? `${pick(random, TRADES)} ${pick(random, PLACES)} ${pick(random, SURNAMES)}`
            : `${pick(random, PLACES)} ${pick(random, TRADES)}`;
    // Mostly distinct names, but keep the natural collisions of short patterns: those are the
    // ambiguous name matches a real cache has ("Stavby Novák" exists many times over).
    if (random() < 0.7) baseName = `${baseName} ${Math.floor(random() * 90) + 10}`;
    let domain = `${slug(baseName)}.${pick(random, TLDS)}`;
    while (usedDomains.has(domain))
      domain = `${slug(baseName)}-${Math.floor(random() * 1000)}.${pick(random, TLDS)}`;
    usedDomains.add(domain);
    const form = pick(random, FORMS);
    const company: SyntheticCompany = {
      id,
      name: form.startsWith(',') ? `${baseName}${form}` : `${baseName} ${form}`.trim(),
      baseName,
      domain,
    };
    if (random() < 0.85) company.website = random() < 0.5 ? `https://www.${domain}/` : `www.${domain}`;
    const mail = random();
    if (mail < 0.55) company.email = `info@${domain}`;
    else if (mail < 0.65) company.email = `${slug(pick(random, SURNAMES))}${id}@seznam.cz`;
    else if (mail < 0.7) company.email = `obchod@${slug(pick(random, PLACES))}-group-${id}.cz`;
    if (random() < 0.7) company.ico = icoFrom(1_000_000 + id * 37);
    companies.push(company);
  }
  return companies;
}

function syntheticPersons(companies: readonly SyntheticCompany[], count: number): MatchablePerson[] {
  const random = prng(7);
  const persons: MatchablePerson[] = [];
  for (let id = 1; id <= count; id += 1) {
    const company = companies[Math.floor(random() * companies.length)]!;
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, SURNAMES);
    persons.push({
      id,
      companyId: company.id,
      name: `${first} ${last}`,
      email: `${slug(first)}.${slug(last)}.${id}@${company.domain}`,
    });
  }
  return persons;
}

/** How CRM pages show a company's website: mostly www or bare, sometimes another subdomain. */
function websiteForms(domain: string, subdomain: string): string[] {
  return [
    `https://www.${domain}/kontakt`,
    `https://www.${domain}/kontakt`,
    `www.${domain}`,
    domain,
    domain,
    `http://${domain}/`,
    `https://eshop.${domain}/`,
    `https://${subdomain}.${domain}/kontakt`,
  ];
}

/**
 * One batch of page candidates; `run` varies the companies and spellings between batches.
 * Mix: 25% IČO (with a name; 30% of companies have no IČO, so their queries fall through to the
 * name), 20% website (www, bare, other subdomains), 10% e-mail + name, 15% name (re-spelt legal
 * form, case, diacritics), 5% persons, 20% misses on every key, 5% hostile text.
 */
function syntheticCandidates(
  companies: readonly SyntheticCompany[],
  persons: readonly MatchablePerson[],
  run: number,
): MatchQuery[] {
  const random = prng(1000 + run);
  const queries: MatchQuery[] = [];
  for (let i = 0; i < CANDIDATES; i += 1) {
    const company = companies[(i * 31 + run * 7) % companies.length]!;
    const id = `r${run}-${i}`;
    const roll = random();
    const subdomain = `s${run}x${i}`;
    if (roll < 0.25) {
      const ico = company.ico ?? icoFrom(9_000_000 + run * CANDIDATES + i);
      queries.push({
        id,
        kind: 'company',
        clues: { ico: `${ico.slice(0, 3)} ${ico.slice(3, 5)} ${ico.slice(5)}`, name: company.name },
      });
    } else if (roll < 0.45) {
      queries.push({
        id,
        kind: 'company',
        clues: { website: pick(random, websiteForms(company.domain, subdomain)) },
      });
    } else if (roll < 0.55) {
      queries.push({
        id,
        kind: 'company',
        clues: { email: `${subdomain}@${company.domain}`, name: company.baseName },
      });
    } else if (roll < 0.7) {
      const name = `${company.baseName.toUpperCase()} ${pick(random, QUERY_FORMS)} ${run}`.replace(
        / \d+$/,
        '',
      );
      queries.push({ id, kind: 'company', clues: { name } });
    } else if (roll < 0.75) {
      const person = persons[(i + run * 131) % persons.length]!;
      queries.push({
        id,
        kind: 'person',
        clues: {
          name: `Ing. ${person.name.split(' ').reverse().join(' ')}`,
          email: random() < 0.5 ? person.email : undefined,
        },
      });
    } else if (roll < 0.95) {
      queries.push({
        id,
        kind: 'company',
        clues: {
          name: `${pick(random, SURNAMES)} ${pick(random, TRADES)} Nexistuje ${run}-${i} s.r.o.`,
          website: `www.${subdomain}-nexistuje.cz`,
          email: `jan.${subdomain}@gmail.com`,
        },
      });
    } else {
      queries.push({
        id,
        kind: 'company',
        clues: {
          name: `<script>alert(${i})</script>${'🙂'.repeat(20)}\u202e`,
          website: `javascript:alert(${run})`,
          ico: 'x'.repeat(50),
        },
      });
    }
  }
  return queries;
}

/**
 * As the worker receives data: records from IndexedDB and queries from a message are structured
 * clones, made of flat strings (the template literals above make ropes, which cost more to read).
 */
function viaMessage<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * `global.gc` when node runs with --expose-gc; otherwise the same function obtained at run time
 * (V8 flag + a fresh context), so `npm run bench` (plain tsx) measures heap after gc as well.
 * Undefined only if even that fails.
 */
function findGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

const gc = findGc();

function heapMb(): number {
  if (gc) {
    gc();
    gc();
  }
  // Typed-array contents live outside the V8 heap (`arrayBuffers`) but are the index's memory too.
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / (1024 * 1024);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

type Matcher = Pick<typeof import('../lib/shared/matching'), 'createMatchIndex' | 'matchQueries'>;

/** lib/shared/matching as Vite bundles and minifies it for the extension, loaded from a temporary file. */
async function shippedMatcher(): Promise<Matcher> {
  const outDir = mkdtempSync(join(os.tmpdir(), 'leady-matcher-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir,
        minify: 'esbuild',
        // As in the extension's background.js, which keeps native class fields (no helper calls).
        target: 'es2022',
        lib: {
          entry: resolve('lib/shared/matching/index.ts'),
          formats: ['es'],
          fileName: () => 'matcher.mjs',
        },
      },
    });
    return (await import(pathToFileURL(join(outDir, 'matcher.mjs')).href)) as Matcher;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const { createMatchIndex, matchQueries } = await shippedMatcher();
  const gcNote = gc ? '' : ' (no gc available: includes garbage)';
  const companies: SyntheticCompany[] = syntheticCompanies(COMPANIES);
  const persons: MatchablePerson[] = syntheticPersons(companies, PERSONS);
  // Company candidates only: the reference implements the company rules.
  const batches = Array.from({ length: WARM_UP_RUNS + TIMED_RUNS }, (_, r) =>
    viaMessage(syntheticCandidates(companies, persons, r).filter((query) => query.kind === 'company')),
  );

  // Heap: the index built from records as a structured clone delivers them, measured after a gc.
  const records = viaMessage(companies);
  const heapBefore = heapMb();
  let index: MatchIndex | undefined = createMatchIndex();
  for (const record of records) index.addCompany(record);
  const companiesHeap = heapMb() - heapBefore;
  for (const person of viaMessage(persons)) index.addPerson(person);
  const personsHeap = heapMb() - heapBefore - companiesHeap;
  const reference = plainReference(records);

  heapMb();
  const shipped: number[] = [];
  const plain: number[] = [];
  for (let r = 0; r < batches.length; r += 1) {
    const batch = batches[r]!;
    let started = performance.now();
    const results = matchQueries(index, batch);
    const shippedMs = performance.now() - started;
    started = performance.now();
    const expected = batch.map((query) => reference(query));
    const plainMs = performance.now() - started;
    // The same answers, or the ratio would compare different work.
    for (const [i, result] of results.entries()) {
      const { id: _id, ...outcome } = result;
      if (JSON.stringify(outcome) !== JSON.stringify(expected[i]))
        throw new Error(`shipped and reference differ on ${JSON.stringify(batch[i])}`);
    }
    if (r < WARM_UP_RUNS) continue;
    shipped.push(shippedMs);
    plain.push(plainMs);
  }
  index = undefined;
  const ratios = shipped.map((ms, r) => ms / plain[r]!);
  const candidates = batches[0]!.length;

  return [
    {
      name: `matching: shipped / plain reference, ${candidates} company candidates vs ${COMPANIES} companies (median of ${TIMED_RUNS} pairs)`,
      value: median(ratios),
      unit: '×',
      budget: RATIO_BUDGET,
    },
    {
      name: `matching: same, shipped (median; load average ${os.loadavg()[0]!.toFixed(1)})`,
      value: median(shipped),
      unit: 'ms',
    },
    { name: 'matching: same, plain reference (median)', value: median(plain), unit: 'ms' },
    { name: `matching: heap of index, ${COMPANIES} companies${gcNote}`, value: companiesHeap, unit: 'MB' },
    { name: `matching: heap of index, + ${PERSONS} persons${gcNote}`, value: personsHeap, unit: 'MB' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run()) {
    const budget = result.budget === undefined ? '' : ` (budget ${result.budget} ${result.unit})`;
    console.log(`${result.name}: ${result.value.toFixed(2)} ${result.unit}${budget}`);
  }
}
