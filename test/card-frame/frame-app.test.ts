// @vitest-environment happy-dom
/**
 * card-frame.html, the card and the record panel as the user sees them: loading, details, errors in
 * the user's language, hostile data shown inert, ambiguous matches listed without guessing,
 * Blacklist with Undo, Escape, and a frame nobody opened showing nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type FrameBackend, startFrame } from '../../lib/extension-pages/card-frame/frame-app';
import { LeadyError } from '../../lib/shared/api/errors';
import type { CompanyInsight } from '../../lib/shared/insights/types';
import type { FrameAction, FrameSetup, FrameView } from '../../lib/shared/messaging/protocol/card-frame';
import { pageStrings, summary } from '../content/helpers';

const HOSTILE = '<img src=x onerror=alert(1)>';
const LAST_VISIT = Date.UTC(2026, 10, 3, 13, 5);

function insight(overrides: Partial<CompanyInsight['company']> = {}): CompanyInsight {
  return {
    company: {
      id: 7,
      name: HOSTILE,
      website: 'javascript:alert(1)',
      email: 'javascript:alert(1)',
      phones: [],
      turnover: '10–50 mil. Kč',
      magnitude: '25–49 zaměstnanců',
      contactPersons: ['<script>alert("person")</script>'],
      ...overrides,
    },
    persons: [],
    visits: { count30d: 4, seconds30d: 3725, lastVisitAt: LAST_VISIT, recent: [] },
    topPages: [
      { url: 'https://www.leady.cz/cenik', title: 'Ceník', views: 3, seconds: 100 },
      { url: 'javascript:alert(2)', title: '<svg onload=alert(3)>', views: 1, seconds: 5 },
    ],
    detailState: 'fresh',
  };
}

interface Fake extends FrameBackend {
  actions: FrameAction['action'][];
  cards: number[];
  blacklistCalls: Array<['add' | 'undo', number]>;
}

function fake(
  view: FrameView,
  options: { locale?: 'en' | 'cs'; card?: (id: number) => Promise<CompanyInsight> } = {},
) {
  const locale = options.locale ?? 'en';
  const setup: FrameSetup = {
    view,
    tabId: 3,
    frameId: 0,
    locale,
    strings: pageStrings(locale),
    companies: [summary(7, 'Firma A (Brno)', 4, LAST_VISIT), summary(9, 'Firma A (Praha)', 1)],
  };
  const backend: Fake = {
    actions: [],
    cards: [],
    blacklistCalls: [],
    setup: async (ticket) => {
      if (ticket !== 'good')
        throw new LeadyError({ kind: 'forbidden', endpoint: 'frame.setup', message: 'no' });
      return setup;
    },
    card: (id) => {
      backend.cards.push(id);
      return options.card ? options.card(id) : Promise.resolve(insight());
    },
    blacklistAdd: async (id) => backend.blacklistCalls.push(['add', id]),
    blacklistUndo: async (id) => backend.blacklistCalls.push(['undo', id]),
    blacklistIds: async () => [],
    notify: async (_setup, action) => backend.actions.push(action.action),
  };
  return backend;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const company7 = { kind: 'card', target: { kind: 'company', companyId: 7 } } as const;

function buttonNamed(label: string): HTMLButtonElement {
  return Array.from(document.querySelectorAll('button')).find((b) => b.textContent === label)!;
}

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('the card’s frame', () => {
  it('shows loading, then the details as inert text, with only http(s) links', async () => {
    let release: (value: CompanyInsight) => void = () => {};
    const backend = fake(company7, { card: () => new Promise((resolve) => (release = resolve)) });
    await startFrame(document, 'good', backend);
    expect(document.querySelector('.card')!.textContent).toContain('Loading');
    expect(backend.cards).toEqual([7]);
    release(insight());
    await settle();
    const text = document.querySelector('.card')!.textContent ?? '';
    expect(text).toContain(HOSTILE);
    expect(text).toContain('<script>alert("person")</script>');
    expect(text).toContain('<svg onload=alert(3)>');
    expect(document.body.querySelectorAll('img, script, svg, b, iframe')).toHaveLength(0);
    expect(text).toContain('1 h 2 min');
    expect(text).toContain('10–50 mil. Kč');
    expect(text).toContain(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(LAST_VISIT),
    );
    const hrefs = Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.leady.cz/cenik']);
    expect(document.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('cuts a 10,000-character name and lets right-to-left names run in their direction', async () => {
    await startFrame(
      document,
      'good',
      fake(company7, { card: async () => insight({ name: 'Společnost '.repeat(1000) }) }),
    );
    await settle();
    const title = document.querySelector('h2')!;
    expect(title.textContent!.length).toBeLessThanOrEqual(400);
    expect(title.getAttribute('dir')).toBe('auto');
  });

  it('drops bidi controls from names, so an override cannot reorder the card', async () => {
    const data = insight({ name: 'Evil\u202Egnp.exe' });
    data.persons = [{ id: 1, name: 'Jan\u202E Novák', position: 'CEO' }];
    await startFrame(document, 'good', fake(company7, { card: async () => data }));
    await settle();
    expect(document.querySelector('h2')!.textContent).toBe('Evilgnp.exe');
    expect(document.body.textContent).not.toMatch(/[\u202A-\u202E]/);
    expect(document.body.textContent).toContain('\u2068Jan Novák\u2069 (\u2068CEO\u2069)');
  });

  it('shows errors in the user’s language', async () => {
    const backend = fake(company7, {
      locale: 'cs',
      card: async () => {
        throw new LeadyError({ kind: 'network', endpoint: 'page.card', message: 'offline' });
      },
    });
    await startFrame(document, 'good', backend);
    await settle();
    expect(document.querySelector('[role="alert"]')!.textContent).toBe(
      'Leady není dostupné. Zkontrolujte připojení k internetu.',
    );
  });

  it('blacklists with Undo', async () => {
    const backend = fake(company7);
    await startFrame(document, 'good', backend);
    await settle();
    buttonNamed('Blacklist').click();
    await settle();
    expect(backend.blacklistCalls).toEqual([['add', 7]]);
    expect(document.body.textContent).toContain('Blacklisted');
    buttonNamed('Undo').click();
    await settle();
    expect(backend.blacklistCalls).toEqual([
      ['add', 7],
      ['undo', 7],
    ]);
    expect(buttonNamed('Blacklist')).toBeDefined();
  });

  it('lists the candidates of an ambiguous match and opens only the one picked', async () => {
    const backend = fake(
      { kind: 'card', target: { kind: 'ambiguous', companyIds: [7, 9] } },
      { card: async (id) => insight({ id, name: 'Firma A (Praha)' }) },
    );
    await startFrame(document, 'good', backend);
    const text = document.body.textContent ?? '';
    expect(text).toContain('Several companies match');
    expect(text).toContain('Firma A (Brno)');
    expect(backend.cards).toEqual([]);
    (document.querySelectorAll('li button')[1] as HTMLButtonElement).click();
    await settle();
    expect(backend.cards).toEqual([9]);
    expect(document.querySelector('h2')!.textContent).toBe('Firma A (Praha)');
  });

  it('tells the page’s content script to close on a real Escape or ×, not on a made-up key', async () => {
    const backend = fake(company7);
    await startFrame(document, 'good', backend);
    await settle();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(backend.actions).toEqual([]);
    const realEscape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(realEscape, 'isTrusted', { value: true });
    document.dispatchEvent(realEscape);
    document.querySelector<HTMLButtonElement>('button.x')!.click();
    await settle();
    expect(backend.actions).toEqual(['close', 'close']);
  });

  it('shows nothing but an error when its ticket is not one Leady issued', async () => {
    const backend = fake(company7);
    await startFrame(document, 'forged', backend);
    expect(backend.cards).toEqual([]);
    expect(document.querySelector('[role="alert"]')).not.toBeNull();
    expect(document.body.textContent).not.toContain('Firma');
  });
});

describe('the record panel’s frame', () => {
  it('summarises the company; its button and × go back to the content script', async () => {
    const backend = fake({ kind: 'panel', target: { kind: 'company', companyId: 7 } });
    await startFrame(document, 'good', backend);
    const text = document.querySelector('.panel')!.textContent ?? '';
    expect(text).toContain('Firma A (Brno)');
    expect(text).toContain('4 visits in 30 days');
    buttonNamed('Details').click();
    document.querySelector<HTMLButtonElement>('button.x')!.click();
    await settle();
    expect(backend.actions).toEqual(['show', 'dismiss']);
  });

  it('asks a signed-out user to sign in, in their language', async () => {
    await startFrame(document, 'good', fake({ kind: 'panel', auth: 'signed-out' }, { locale: 'cs' }));
    expect(document.body.textContent).toContain('Přihlaste se do Leady');
  });
});
