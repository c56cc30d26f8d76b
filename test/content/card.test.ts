// @vitest-environment happy-dom
/**
 * The card and the record panel: loading, details, errors in the user's language, hostile data
 * shown inert, ambiguous matches listed without guessing, keyboard and hover, Blacklist with Undo.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LeadyError } from '../../lib/api/errors';
import type { CompanyInsight } from '../../lib/insights/types';
import { hubspotCompanyList, hubspotCompanyRecord } from '../../sandbox/demo-crm/hubspot';
import {
  badges,
  cardHost,
  DEMO_LIST,
  DEMO_RECORD,
  type FakeBackground,
  fakeBackground,
  pageStrings,
  settle,
  shadow,
  shadowText,
  showPage,
  start,
  summary,
} from './helpers';

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

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
});

async function open(
  fake: FakeBackground,
  path = DEMO_LIST,
  html = hubspotCompanyList([{ name: 'Firma A s.r.o.' }]),
) {
  showPage(path, html);
  const started = await start(fake);
  stop = () => started.ctx.notifyInvalidated();
  return started;
}

function button(host: Element): HTMLButtonElement {
  return shadow(host).querySelector('button')!;
}

/** A mouse click (detail 1), as opposed to Enter on a focused button (detail 0). */
function mouseClick(el: Element): void {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
}

function card(): ShadowRoot {
  const host = cardHost();
  if (!host) throw new Error('no card open');
  return shadow(host);
}

function cardText(): string {
  return card().querySelector('.card')!.textContent ?? '';
}

function fakeWith(data: CompanyInsight, locale: 'en' | 'cs' = 'en') {
  const fake = fakeBackground({ 'Firma A s.r.o.': [7] }, [summary(7, HOSTILE, 4, LAST_VISIT)]);
  fake.settings = { ...fake.settings, locale, strings: pageStrings(locale) };
  fake.card = async () => data;
  return fake;
}

describe('company card', () => {
  it('opens on click with a loading state, then shows the details as inert text', async () => {
    let release: (value: CompanyInsight) => void = () => {};
    const fake = fakeWith(insight());
    fake.card = () => new Promise((resolve) => (release = resolve));
    await open(fake);
    mouseClick(button(badges()[0]!));
    expect(cardText()).toContain('Loading');
    expect(fake.cards).toEqual([7]);
    release(insight());
    await settle(undefined, 0);
    const root = card();
    const text = cardText();
    expect(text).toContain(HOSTILE);
    expect(text).toContain('<script>alert("person")</script>');
    expect(text).toContain('<svg onload=alert(3)>');
    expect(root.querySelectorAll('img, script, svg, b, iframe')).toHaveLength(0);
    // Visits, total time, bands, last visit in local time.
    expect(text).toContain('4');
    expect(text).toContain('1 h 2 min');
    expect(text).toContain('10–50 mil. Kč');
    expect(text).toContain('25–49 zaměstnanců');
    expect(text).toContain(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(LAST_VISIT),
    );
    // Only http(s), mailto and tel become links.
    const hrefs = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.leady.cz/cenik']);
    expect(root.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text).toContain('javascript:alert(1)');
  });

  it('cuts a 10,000-character name and lets right-to-left names run in their direction', async () => {
    const long = 'Společnost '.repeat(1000);
    await open(fakeWith(insight({ name: long, website: 'www.firma.cz' })));
    mouseClick(button(badges()[0]!));
    await settle(undefined, 0);
    const title = card().querySelector('h2')!;
    expect(title.textContent!.length).toBeLessThanOrEqual(400);
    expect(title.getAttribute('dir')).toBe('auto');
    expect(card().querySelector('a[href="https://www.firma.cz/"]')).not.toBeNull();
    stop?.();
    await open(fakeWith(insight({ name: 'شركة الأفق للتجارة والتوزيع ذ.م.م' })));
    mouseClick(button(badges()[0]!));
    await settle(undefined, 0);
    expect(card().querySelector('h2')!.textContent).toBe('شركة الأفق للتجارة والتوزيع ذ.م.م');
  });

  it('opens with Enter, takes focus, and closes with Escape giving focus back to the badge', async () => {
    await open(fakeWith(insight()));
    const badge = badges()[0]!;
    button(badge).focus();
    button(badge).click(); // Enter on a focused button: a click with detail 0
    await settle(undefined, 0);
    expect(card().activeElement?.className).toBe('card');
    expect(button(badge).getAttribute('aria-expanded')).toBe('true');
    card()
      .querySelector('.card')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(cardHost()).toBeNull();
    expect(shadow(badge).activeElement).toBe(button(badge));
    expect(button(badge).getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on hover after a short delay and closes when the pointer leaves', async () => {
    await open(fakeWith(insight()));
    const el = button(badges()[0]!);
    // As a browser does: pointerover (bubbling out of the shadow root), then pointerenter.
    el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    el.dispatchEvent(new PointerEvent('pointerenter'));
    expect(cardHost()).toBeNull();
    await settle(undefined, 400);
    expect(cardHost()).not.toBeNull();
    el.dispatchEvent(new PointerEvent('pointerleave'));
    await settle(undefined, 350);
    expect(cardHost()).toBeNull();
  });

  it('keeps the page’s own row handlers from seeing what happens on a badge', async () => {
    await open(fakeWith(insight()));
    const seen: string[] = [];
    const types = ['click', 'mousedown', 'pointerdown', 'mouseup', 'dblclick', 'keydown', 'keyup'];
    for (const type of types) document.body.addEventListener(type, () => seen.push(type));
    const el = button(badges()[0]!);
    // A click may come without pointer or focus first (assistive technology): still contained.
    mouseClick(el);
    // The pointer arrives, then the focus: every other event stays with the badge too.
    el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    for (const type of ['mousedown', 'mouseup', 'dblclick'])
      el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    for (const type of ['keydown', 'keyup'])
      el.dispatchEvent(new KeyboardEvent(type, { key: 'x', bubbles: true, composed: true }));
    expect(seen).toEqual([]);
    // The same events from the page's own elements do reach its handlers.
    document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(seen).toEqual(['mousedown']);
  });

  it('closes on a click elsewhere on the page', async () => {
    await open(fakeWith(insight()));
    mouseClick(button(badges()[0]!));
    expect(cardHost()).not.toBeNull();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(cardHost()).toBeNull();
  });

  it('shows errors in the user’s language', async () => {
    const fake = fakeWith(insight(), 'cs');
    fake.card = async () => {
      throw new LeadyError({ kind: 'network', endpoint: 'page.card', message: 'offline' });
    };
    await open(fake);
    expect(button(badges()[0]!).getAttribute('aria-label')).toContain('4 návštěvy za 30 dní');
    mouseClick(button(badges()[0]!));
    await settle(undefined, 0);
    expect(card().querySelector('[role="alert"]')!.textContent).toBe(
      'Leady není dostupné. Zkontrolujte připojení k internetu.',
    );
  });

  it('blacklists with Undo: the badge goes, and comes back on Undo', async () => {
    const fake = fakeWith(insight());
    await open(fake);
    mouseClick(button(badges()[0]!));
    await settle(undefined, 0);
    const blacklist = Array.from(card().querySelectorAll('button')).find(
      (b) => b.textContent === 'Blacklist',
    )!;
    blacklist.click();
    await settle(undefined, 0);
    expect(fake.blacklistCalls).toEqual([['add', 7]]);
    expect(badges()).toHaveLength(0);
    expect(cardText()).toContain('Blacklisted');
    const undo = Array.from(card().querySelectorAll('button')).find((b) => b.textContent === 'Undo')!;
    undo.click();
    await settle(undefined, 0);
    expect(fake.blacklistCalls).toEqual([
      ['add', 7],
      ['undo', 7],
    ]);
    expect(badges()).toHaveLength(1);
    expect(cardText()).toContain('Blacklist');
  });

  it('lists the candidates of an ambiguous match and opens only the one picked', async () => {
    const fake = fakeBackground({ 'Firma A s.r.o.': [7, 9] }, [
      summary(7, 'Firma A (Brno)'),
      summary(9, 'Firma A (Praha)', 1),
    ]);
    fake.card = async (id) => insight({ id, name: 'Firma A (Praha)', website: 'https://firma-a.cz' });
    await open(fake);
    mouseClick(button(badges()[0]!));
    expect(cardText()).toContain('Several companies match');
    expect(cardText()).toContain('Firma A (Brno)');
    expect(cardText()).toContain('Firma A (Praha)');
    expect(fake.cards).toEqual([]);
    const details = Array.from(card().querySelectorAll('li button'));
    (details[1] as HTMLButtonElement).click();
    await settle(undefined, 0);
    expect(fake.cards).toEqual([9]);
    expect(card().querySelector('h2')!.textContent).toBe('Firma A (Praha)');
  });

  it('summarises the record’s company in the record panel, whose button opens the card', async () => {
    const fake = fakeWith(insight({ name: 'Firma A s.r.o.' }));
    fake.messenger.match = async (queries) => ({
      auth: 'signed-in',
      results: [{ id: queries[0]!.id, state: 'matched', companyId: 7, via: 'domain' }],
      companies: [summary(7, 'Firma A s.r.o.', 4, LAST_VISIT)],
    });
    await open(fake, DEMO_RECORD, hubspotCompanyRecord({ name: 'Firma A s.r.o.', website: 'firma-a.cz' }));
    const panel = document.querySelector('leady-panel')!;
    expect(shadowText(panel)).toContain('Firma A s.r.o.');
    expect(shadowText(panel)).toContain('4 visits in 30 days');
    shadow(panel).querySelector<HTMLButtonElement>('button:not(.x)')!.click();
    await settle(undefined, 0);
    expect(fake.cards).toEqual([7]);
    expect(card().querySelector('h2')!.textContent).toBe('Firma A s.r.o.');
    // Closing the panel keeps it closed on this record.
    shadow(panel).querySelector<HTMLButtonElement>('button.x')!.click();
    expect(panel.isConnected).toBe(false);
  });
});
