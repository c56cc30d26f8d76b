// @vitest-environment happy-dom
/**
 * The scan → batch → annotate loop against a fake background: one message per scan, no double
 * annotation, re-scans on mutations and URL changes, blacklist events, and a clean stop.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoCompany } from '../../sandbox/demo-crm/cast';
import { hubspotCompanyList, hubspotCompanyRecord, hubspotCompanyRow } from '../../sandbox/demo-crm/hubspot';
import {
  badges,
  DEMO_LIST,
  DEMO_RECORD,
  fakeBackground,
  settle,
  shadow,
  showPage,
  start,
  summary,
} from './helpers';

const rows = (count: number, name = (i: number) => `Firma ${i} s.r.o.`): DemoCompany[] =>
  Array.from({ length: count }, (_, i) => ({ name: name(i) }));

/** Every fifth row of a list is a company Leady knows (ids 1000 + row). */
function knownEveryFifth(count: number) {
  const companies: Record<string, number[]> = {};
  const summaries = [];
  for (let i = 0; i < count; i += 5) {
    companies[`Firma ${i} s.r.o.`] = [1000 + i];
    summaries.push(summary(1000 + i, `Firma ${i} s.r.o.`, i % 7));
  }
  return fakeBackground(companies, summaries);
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
});

async function run(fake: ReturnType<typeof fakeBackground>) {
  const started = await start(fake);
  stop = () => started.ctx.notifyInvalidated();
  return started;
}

describe('content script page loop', () => {
  it('sends one message for a 500-row list and badges the known rows', async () => {
    showPage(DEMO_LIST, hubspotCompanyList(rows(500)));
    const fake = knownEveryFifth(500);
    await run(fake);
    expect(fake.matches).toHaveLength(1);
    expect(fake.matches[0]).toHaveLength(500);
    expect(badges()).toHaveLength(100);
    const first = badges()[0]!;
    expect(first.getAttribute('data-leady-company')).toBe('1000');
    expect(first.getAttribute('data-leady-state')).toBe('matched');
    // Beside the row's name link, inside the name cell.
    expect(first.previousElementSibling?.localName).toBe('a');
    expect(first.parentElement?.getAttribute('data-table-external-id')).toMatch(/^name-/);
    expect(shadow(first).querySelector('.n')!.getAttribute('data-n')).toBe('0');
  });

  it('splits a page of more than 2000 findings into batches of 2000', async () => {
    showPage(DEMO_LIST, hubspotCompanyList(rows(2500)));
    const fake = knownEveryFifth(0);
    await run(fake);
    expect(fake.matches.map((batch) => batch.length)).toEqual([2000, 500]);
    // 2,500 rows in happy-dom take 8 s alone on this 2-core machine and timed out at 15 s under load.
  }, 60_000);

  it('never annotates an element twice across mutations, and asks only about new rows', async () => {
    showPage(DEMO_LIST, hubspotCompanyList(rows(20)));
    const fake = knownEveryFifth(25);
    const { loop } = await run(fake);
    expect(badges()).toHaveLength(4);
    // Unrelated churn: a re-scan finds nothing new.
    document.body.append(document.createElement('div'));
    await settle(loop);
    expect(fake.matches).toHaveLength(1);
    // Lazy loading adds rows: only those are sent.
    const tbody = document.querySelector('tbody')!;
    const template = document.createElement('template');
    template.innerHTML = `${hubspotCompanyRow({ name: 'Firma 20 s.r.o.' }, 77)}${hubspotCompanyRow({ name: 'Firma 21 s.r.o.' }, 78)}`;
    tbody.append(template.content);
    await settle(loop);
    expect(fake.matches).toHaveLength(2);
    expect(fake.matches[1]!.map((q) => (q.kind === 'company' ? q.clues.name : ''))).toEqual([
      'Firma 20 s.r.o.',
      'Firma 21 s.r.o.',
    ]);
    expect(badges()).toHaveLength(5);
    for (const anchor of document.querySelectorAll('[data-leady-anchor]')) {
      const cell = anchor.closest('td')!;
      expect(cell.querySelectorAll('leady-badge').length).toBeLessThanOrEqual(1);
    }
  });

  it('asks nothing about rows the user cannot see, and asks once the page shows them', async () => {
    showPage(DEMO_LIST, hubspotCompanyList(rows(10)));
    const hiddenRow = document.querySelector('[data-test-id="row-10123456005"]')!;
    hiddenRow.classList.add('test-unseen');
    const fake = knownEveryFifth(10);
    const { loop } = await run(fake);
    const asked = () => fake.matches.flat().map((q) => (q.kind === 'company' ? q.clues.name : ''));
    expect(asked()).not.toContain('Firma 5 s.r.o.');
    expect(badges()).toHaveLength(1);
    hiddenRow.classList.remove('test-unseen');
    await settle(loop);
    expect(asked()).toContain('Firma 5 s.r.o.');
    expect(badges()).toHaveLength(2);
    // Hidden again: its badge goes with it.
    hiddenRow.classList.add('test-unseen');
    document.body.append(document.createElement('div'));
    await settle(loop);
    expect(badges()).toHaveLength(1);
  });

  it('puts a badge back when the page re-renders it away, and re-asks a recycled row', async () => {
    showPage(DEMO_LIST, hubspotCompanyList(rows(10)));
    const fake = knownEveryFifth(10);
    const { loop } = await run(fake);
    const [badge] = badges();
    badge!.remove();
    await settle(loop);
    expect(badge!.isConnected).toBe(true);
    expect(badges()).toHaveLength(2);
    // A virtualised list reuses row 0's elements for another company.
    const label = document.querySelector(
      '[data-table-external-id="name-10123456000"] [data-test-id="truncated-object-label"]',
    )!;
    label.textContent = 'Firma 3 s.r.o.';
    await settle(loop);
    expect(fake.matches).toHaveLength(2);
    expect(fake.matches[1]).toHaveLength(1);
    expect(badges()).toHaveLength(1);
  });

  it('re-scans after a single-page-app URL change, dropping the old view', async () => {
    showPage(DEMO_LIST, hubspotCompanyList(rows(10)));
    const fake = knownEveryFifth(10);
    const { loop } = await run(fake);
    expect(badges()).toHaveLength(2);
    // The app pushes a record URL and renders the record.
    showPage(DEMO_RECORD, hubspotCompanyRecord({ name: 'Firma 5 s.r.o.', website: 'firma5.cz' }));
    history.pushState(null, '', DEMO_RECORD);
    await settle(loop);
    expect(fake.matches).toHaveLength(2);
    expect(fake.matches[1]).toEqual([
      expect.objectContaining({ kind: 'company', clues: { name: 'Firma 5 s.r.o.', website: 'firma5.cz' } }),
    ]);
    expect(badges()).toHaveLength(1);
    expect(badges()[0]!.getAttribute('data-leady-company')).toBe('1005');
    // The record panel summarises the record's company.
    const panel = document.querySelector('leady-panel')!;
    expect(panel.getAttribute('data-leady-state')).toBe('company');
    expect(fake.frames.at(-1)).toEqual({ kind: 'panel', target: { kind: 'company', companyId: 1005 } });
  });

  it('shows an ambiguous match as such, listing the candidates', async () => {
    showPage(DEMO_LIST, hubspotCompanyList([{ name: 'Dvojče s.r.o.' }]));
    const fake = fakeBackground({ 'Dvojče s.r.o.': [7, 9] }, [
      summary(7, 'Dvojče s.r.o. (Brno)'),
      summary(9, 'Dvojče s.r.o. (Praha)'),
    ]);
    await run(fake);
    const [badge] = badges();
    expect(badge!.getAttribute('data-leady-state')).toBe('ambiguous');
    expect(badge!.getAttribute('data-leady-company')).toBe('7 9');
    expect(shadow(badge!).querySelector('.n')!.getAttribute('data-n')).toBe('?');
  });

  it('removes the badges of companies the blacklist hides, and brings them back on undo', async () => {
    showPage(DEMO_LIST, hubspotCompanyList(rows(10)));
    const fake = knownEveryFifth(10);
    await run(fake);
    expect(badges().map((b) => b.getAttribute('data-leady-company'))).toEqual(['1000', '1005']);
    fake.blacklisted.add(1005);
    fake.emit({ event: 'blacklist.changed', companyIds: [1005] });
    expect(badges().map((b) => b.getAttribute('data-leady-company'))).toEqual(['1000']);
    fake.blacklisted.clear();
    fake.emit({ event: 'blacklist.changed', companyIds: [] });
    await settle(undefined, 10);
    expect(badges()).toHaveLength(2);
  });

  it('shows nothing signed out but a discreet hint on a record, and catches up after sign-in', async () => {
    showPage(DEMO_RECORD, hubspotCompanyRecord({ name: 'Firma 0 s.r.o.' }));
    const fake = knownEveryFifth(5);
    fake.auth = 'signed-out';
    const { loop } = await run(fake);
    expect(badges()).toHaveLength(0);
    const panel = document.querySelector('leady-panel')!;
    expect(panel.getAttribute('data-leady-state')).toBe('signed-out');
    expect(fake.frames).toEqual([{ kind: 'panel', auth: 'signed-out' }]);
    fake.auth = 'signed-in';
    fake.emit({ event: 'page.refresh' });
    await settle(loop);
    expect(fake.matches).toHaveLength(2);
    expect(badges()).toHaveLength(1);
    expect(panel.getAttribute('data-leady-state')).toBe('company');
  });

  it('does nothing on a CRM the user switched off', async () => {
    showPage(DEMO_LIST, hubspotCompanyList(rows(5)));
    const fake = knownEveryFifth(5);
    fake.settings = { ...fake.settings, sites: ['pipedrive'] };
    const { loop } = await run(fake);
    expect(loop).toBeUndefined();
    expect(fake.matches).toHaveLength(0);
    expect(fake.listeners()).toBe(0);
  });

  it('reads a user-added origin with the generic scanner, and ignores other loopback pages', async () => {
    showPage('/firmy/strojirny', '<h1>Firma 0 s.r.o.</h1><p><a href="https://www.firma0.cz/">web</a></p>');
    const fake = knownEveryFifth(5);
    const { loop: ignored } = await run(fake);
    expect(ignored).toBeUndefined();
    fake.settings = { ...fake.settings, customOrigins: [location.origin] };
    await run(fake);
    expect(fake.matches).toHaveLength(1);
    // The heading and the page's one website name one company: one query, one badge at the heading.
    expect(fake.matches[0]).toEqual([
      expect.objectContaining({
        kind: 'company',
        clues: { name: 'Firma 0 s.r.o.', website: 'https://www.firma0.cz/' },
      }),
    ]);
    expect(badges()).toHaveLength(1);
    expect(badges()[0]?.parentElement?.localName).toBe('h1');
  });

  it('stops observing and removes its overlay when the extension context goes away', async () => {
    showPage(DEMO_RECORD, hubspotCompanyRecord({ name: 'Firma 0 s.r.o.' }));
    const fake = knownEveryFifth(5);
    const { ctx, loop } = await run(fake);
    expect(badges()).toHaveLength(1);
    expect(document.querySelector('leady-panel')).not.toBeNull();
    ctx.notifyInvalidated();
    expect(badges()).toHaveLength(0);
    expect(document.querySelector('leady-panel')).toBeNull();
    expect(fake.listeners()).toBe(0);
    document.querySelector('h2')!.textContent = 'Firma 5 s.r.o.';
    document.body.append(document.createElement('p'));
    await settle(loop);
    expect(fake.matches).toHaveLength(1);
  });
});

describe('the scan made while the settings are on their way', () => {
  it('still annotates rows the page added before the settings arrived', async () => {
    showPage(DEMO_LIST, hubspotCompanyList(rows(10)));
    const fake = knownEveryFifth(15);
    const answer = fake.messenger.settings;
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    fake.messenger.settings = async () => {
      await arrived;
      return answer();
    };
    const started = run(fake);
    // The page grows while the background has not answered yet (the observer is not watching yet).
    const parsed = new DOMParser().parseFromString(
      `<table><tbody>${hubspotCompanyRow({ name: 'Firma 10 s.r.o.' }, 10)}</tbody></table>`,
      'text/html',
    );
    document.querySelector('tbody')!.append(document.importNode(parsed.querySelector('tr')!, true));
    release();
    const { loop } = await started;
    await settle(loop, 400);
    expect(badges().map((badge) => badge.getAttribute('data-leady-company'))).toEqual([
      '1000',
      '1005',
      '1010',
    ]);
  });
});
