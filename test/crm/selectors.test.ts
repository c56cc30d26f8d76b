/**
 * Issue 13: every CRM page selector is checked against a saved page from its example URL, and every
 * legacy fallback has a removal date (records in selector-records.ts, kept out of the bundles).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseAdapter } from '../../lib/content/crm/choose-adapter';
import { allAdapters } from '../../lib/content/crm/pick-adapter';
import * as generic from '../../lib/content/crm/selectors/generic';
import * as hubspot from '../../lib/content/crm/selectors/hubspot';
import * as pipedrive from '../../lib/content/crm/selectors/pipedrive';
import * as raynet from '../../lib/content/crm/selectors/raynet';
import * as salesforce from '../../lib/content/crm/selectors/salesforce';
import type { CrmAdapter, CrmAdapterId } from '../../lib/content/crm/types';
import { FIXED_NOW } from '../clock';
import { savedPage } from './fixture-pages';
import { clueView, loadFixture } from './load-page';
import { type SelectorRecord, selectorRecords } from './selector-records';

const selectorModules = { generic, hubspot, pipedrive, raynet, salesforce } as const;
type ModuleName = keyof typeof selectorModules;

/** Which readers use each selector file: the generic scanner's parts also read Raynet pages. */
const READERS: Readonly<Record<ModuleName, readonly CrmAdapterId[]>> = {
  hubspot: ['hubspot'],
  pipedrive: ['pipedrive'],
  salesforce: ['salesforce'],
  raynet: ['raynet'],
  generic: ['generic', 'raynet'],
};

/** Exports that are no selectors: an attribute value compared with `getAttribute`. */
const NOT_SELECTORS: ReadonlySet<string> = new Set(['hubspot.propertiesCardType']);

/** The arguments the readers pass to selector functions (each needs a record of its first alternative). */
const FUNCTION_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  'hubspot.propertyValue': ['name', 'domain', 'firstname', 'lastname', 'email'],
  'salesforce.recordField': [
    'Account.Website',
    'Contact.Email',
    'Contact.AccountId',
    'Lead.Company',
    'Lead.Email',
    'Lead.Website',
  ],
};

/**
 * What a reader reads from a saved page open at `url`: each finding's kind, role and clues, in page
 * order. A URL it does not recognise reads nothing; two URLs of one page type read the same, so a
 * fixture saved from one stands for the other.
 */
function readAt(reader: CrmAdapter, file: string, url: URL) {
  return clueView(reader.scan(loadFixture(file, url.href).doc, url));
}

/** The alternatives of a selector array, or of a `closest()` boundary list ("nav, footer"). */
function alternativesOf(value: string | readonly string[]): string[] {
  if (typeof value !== 'string') return [...value];
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === ',' && depth === 0) {
      parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(value.slice(start).trim());
  return parts;
}

type SelectorFunction = (argument: string) => readonly string[];

/** The alternatives a record's name stands for: `crm.export` or `crm.function(argument)`. */
function declaredAlternatives(name: string): string[] | undefined {
  const match = /^(\w+)\.(\w+)(?:\(([\w.]+)\))?$/.exec(name);
  const module = match?.[1] as ModuleName | undefined;
  if (!match?.[2] || !module || !(module in selectorModules)) return undefined;
  const value = (selectorModules[module] as Record<string, unknown>)[match[2]];
  if (typeof value === 'function') return match[3] ? [...(value as SelectorFunction)(match[3])] : undefined;
  if (match[3] || (typeof value !== 'string' && !Array.isArray(value))) return undefined;
  return alternativesOf(value as string | string[]);
}

function moduleOf(record: SelectorRecord): ModuleName {
  return record.name.split('.')[0] as ModuleName;
}

const recordLabel = (record: SelectorRecord) => `${record.name} in ${record.fixture}`;

describe.each(selectorRecords.map((record) => ({ label: recordLabel(record), record })))(
  '$label',
  ({ record }) => {
    it('names alternatives its selector really has', () => {
      const declared = declaredAlternatives(record.name);
      expect(declared, `${record.name} is no selector export`).toBeDefined();
      expect(record.selectors.length).toBeGreaterThan(0);
      for (const selector of record.selectors) expect(declared).toContain(selector);
    });

    it('has example URLs its reader reads as the page its fixture was saved from', () => {
      const fixture = savedPage(record.fixture);
      const fixtureUrl = new URL(fixture.url);
      const fixtureReader = chooseAdapter(fixtureUrl, allAdapters).adapter;
      const asSaved = readAt(fixtureReader, fixture.file, fixtureUrl);
      expect(READERS[moduleOf(record)]).toContain(fixtureReader.id);
      expect(asSaved.length).toBeGreaterThan(0);
      expect(record.urls.length).toBeGreaterThan(0);
      for (const example of record.urls) {
        const url = new URL(example);
        const reader = chooseAdapter(url, allAdapters).adapter;
        expect(reader.id, example).toBe(fixtureReader.id);
        expect(reader.matchesUrl(url), example).toBe(true);
        expect(readAt(reader, fixture.file, url), example).toEqual(asSaved);
      }
    });

    it('matches at least one element of its saved page, each alternative', () => {
      expect(existsSync(new URL(`../fixtures/crm/${record.fixture}`, import.meta.url))).toBe(true);
      const { file, url } = savedPage(record.fixture);
      const { doc } = loadFixture(file, url);
      for (const selector of record.selectors) {
        expect(doc.querySelectorAll(selector).length, selector).toBeGreaterThan(0);
      }
    });
  },
);

describe('selector records', () => {
  it('cover every alternative of every selector', () => {
    const missing: string[] = [];
    const recorded = (name: string) =>
      new Set(selectorRecords.filter((r) => r.name === name).flatMap((r) => r.selectors));
    for (const [module, exports] of Object.entries(selectorModules)) {
      for (const [name, value] of Object.entries(exports as Record<string, unknown>)) {
        const full = `${module}.${name}`;
        if (NOT_SELECTORS.has(full)) continue;
        if (typeof value === 'function') {
          const args = FUNCTION_ARGUMENTS[full];
          if (!args) {
            missing.push(`${full}: add the arguments its readers pass to FUNCTION_ARGUMENTS`);
            continue;
          }
          // The first alternative for every argument; every later alternative for at least one.
          const calls = args.map((arg) => ({ arg, alternatives: (value as SelectorFunction)(arg) }));
          for (const { arg, alternatives } of calls) {
            if (!recorded(`${full}(${arg})`).has(alternatives[0] ?? '')) missing.push(`${full}(${arg})`);
          }
          const positions = calls[0]?.alternatives.length ?? 0;
          for (let i = 1; i < positions; i++) {
            const covered = calls.some(({ arg, alternatives }) =>
              recorded(`${full}(${arg})`).has(alternatives[i] ?? ''),
            );
            if (!covered) missing.push(`${full}: alternative ${i + 1}`);
          }
          continue;
        }
        const have = recorded(full);
        for (const alternative of alternativesOf(value as string | string[])) {
          if (!have.has(alternative)) missing.push(`${full}: ${alternative}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('give every fixture file they name a place in fixture-pages.ts', () => {
    for (const record of selectorRecords) expect(() => savedPage(record.fixture)).not.toThrow();
  });
});

/**
 * The reminder: a legacy fallback whose date has passed fails here, so it is deleted (or its date
 * moved, with a reason) instead of staying forever. "Today" is FIXED_NOW (test/clock.ts), not the
 * wall clock, so the suite never starts failing on its own overnight: the reminder fires when the
 * dates are overtaken by FIXED_NOW, which is moved forward by editing test/clock.ts (the sandbox
 * data and every other clocked test follow it). To postpone one fallback instead, move its date in
 * selector-records.ts with a comment saying where the old layout was still seen.
 */
describe('legacy fallbacks', () => {
  const today = FIXED_NOW.toISOString().slice(0, 10);
  const legacy = selectorRecords.filter((record) => record.removeAfter !== undefined);
  /** A fallback kept longer than this is no fallback: a far date would silence the reminder. */
  const MAX_YEARS_AHEAD = 3;

  it('exist, each with a real calendar date', () => {
    expect(legacy.length).toBeGreaterThan(0);
    for (const { name, removeAfter } of legacy) {
      const date = new Date(`${removeAfter}T00:00:00Z`);
      expect(Number.isNaN(date.getTime()), name).toBe(false);
      expect(date.toISOString().slice(0, 10), name).toBe(removeAfter);
    }
  });

  it('carry their dates in the comments of their selector files too, for whoever reads the selector', () => {
    for (const record of legacy) {
      const source = readFileSync(
        new URL(`../../lib/content/crm/selectors/${moduleOf(record)}.ts`, import.meta.url),
        'utf8',
      );
      expect(source, record.name).toContain(`${record.removeAfter}`);
    }
  });

  it.each(legacy.map((record) => ({ label: recordLabel(record), record })))(
    '$label is still within its removal date',
    ({ record }) => {
      const removeAfter = record.removeAfter ?? '';
      expect(
        today <= removeAfter,
        `${record.name} (${record.selectors.join(', ')}) may be removed after ${removeAfter}; it is ${today}`,
      ).toBe(true);
      const latest = new Date(FIXED_NOW);
      latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS_AHEAD);
      expect(
        removeAfter <= latest.toISOString().slice(0, 10),
        `${record.name}: ${removeAfter} is too far`,
      ).toBe(true);
    },
  );
});
