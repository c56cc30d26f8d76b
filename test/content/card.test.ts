// @vitest-environment happy-dom
/**
 * The card and the record panel on the page: what the content script places (a frame of
 * card-frame.html, never Leady's data), keyboard and hover, the frame's actions. What the frame
 * shows is tested in test/card-frame/.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hubspotCompanyList, hubspotCompanyRecord } from '../../sandbox/demo-crm/hubspot';
import {
  badges,
  cardHost,
  DEMO_LIST,
  DEMO_RECORD,
  type FakeBackground,
  fakeBackground,
  settle,
  shadow,
  showPage,
  start,
  summary,
  trusted,
} from './helpers';

const LAST_VISIT = Date.UTC(2026, 10, 3, 13, 5);

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

/** A real mouse click (detail 1), as opposed to Enter on a focused button (detail 0). */
function mouseClick(el: Element): void {
  el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 })));
}

/** The frame the open card shows. */
function cardFrame(): HTMLIFrameElement {
  const host = cardHost();
  if (!host) throw new Error('no card open');
  return shadow(host).querySelector('iframe')!;
}

function fakeWith() {
  return fakeBackground({ 'Firma A s.r.o.': [7] }, [summary(7, 'Firma A s.r.o.', 4, LAST_VISIT)]);
}

describe('company card', () => {
  it('opens on click as a frame of the extension, holding no Leady data in the page', async () => {
    const fake = fakeWith();
    await open(fake);
    mouseClick(button(badges()[0]!));
    await settle(undefined, 0);
    expect(fake.frames).toEqual([{ kind: 'card', target: { kind: 'company', companyId: 7 } }]);
    expect(cardFrame().src).toBe('chrome-extension://dynamic/card-frame.html#t1');
    expect(shadow(cardHost()!).textContent).toBe('');
    expect(button(badges()[0]!).getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps names and times out of the badge; its count is drawn, not written', async () => {
    await open(fakeWith());
    const el = button(badges()[0]!);
    expect(el.getAttribute('aria-label')).toBe('Leady: 4 visits in 30 days');
    expect(el.textContent).toBe('');
    expect(el.querySelector('.n')!.getAttribute('data-n')).toBe('4');
  });

  it('draws at most three characters of count in its fixed box; the label keeps the figure', async () => {
    await open(fakeBackground({ 'Firma A s.r.o.': [7] }, [summary(7, 'Firma A s.r.o.', 150, LAST_VISIT)]));
    const el = button(badges()[0]!);
    expect(el.querySelector('.n')!.getAttribute('data-n')).toBe('99+');
    expect(el.getAttribute('aria-label')).toBe('Leady: 150 visits in 30 days');
  });

  it('closes on the frame’s Escape and gives focus back to the badge; other tickets do nothing', async () => {
    const fake = fakeWith();
    await open(fake);
    const badge = badges()[0]!;
    button(badge).focus();
    button(badge).click(); // Enter on a focused button: a trusted click with detail 0 in a browser
    await settle(undefined, 0);
    expect(cardHost()).toBeNull();
    button(badge).dispatchEvent(
      trusted(new MouseEvent('click', { bubbles: true, composed: true, detail: 0 })),
    );
    await settle(undefined, 0);
    expect(cardHost()).not.toBeNull();
    fake.emit({ event: 'frame.action', ticket: 'made-up', action: 'close' });
    expect(cardHost()).not.toBeNull();
    fake.emit({ event: 'frame.action', ticket: 't1', action: 'close' });
    expect(cardHost()).toBeNull();
    expect(shadow(badge).activeElement).toBe(button(badge));
    expect(button(badge).getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on hover after a short delay and closes when the pointer leaves', async () => {
    await open(fakeWith());
    const el = button(badges()[0]!);
    // As a browser does: pointerover (bubbling out of the shadow root), then pointerenter.
    el.dispatchEvent(trusted(new PointerEvent('pointerover', { bubbles: true, composed: true })));
    el.dispatchEvent(trusted(new PointerEvent('pointerenter')));
    expect(cardHost()).toBeNull();
    await settle(undefined, 400);
    expect(cardHost()).not.toBeNull();
    el.dispatchEvent(trusted(new PointerEvent('pointerleave')));
    await settle(undefined, 350);
    expect(cardHost()).toBeNull();
  });

  it('keeps the page’s own row handlers from seeing what happens on a badge', async () => {
    await open(fakeWith());
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
    for (const type of ['keydown', 'keyup'])
      el.dispatchEvent(new KeyboardEvent(type, { key: 'x', bubbles: true, composed: true }));
    expect(seen).toEqual([]);
    // The same events from the page's own elements do reach its handlers.
    document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(seen).toEqual(['mousedown']);
  });

  it('closes on a real click elsewhere on the page, not on one the page makes up', async () => {
    await open(fakeWith());
    mouseClick(button(badges()[0]!));
    await settle(undefined, 0);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(cardHost()).not.toBeNull();
    document.body.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    expect(cardHost()).toBeNull();
  });

  it('opens no card from a badge the page made (nearly) invisible or clipped away', async () => {
    const fake = fakeWith();
    await open(fake);
    const el = button(badges()[0]!);
    const row = badges()[0]!.closest('tr')!;
    // The control: while the page leaves it visible, the badge opens its card.
    mouseClick(el);
    await settle(undefined, 0);
    expect(cardHost()).not.toBeNull();
    document.body.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    expect(cardHost()).toBeNull();
    // A rescan may also take a hidden row's badge away; either way a click there opens nothing.
    for (const style of [
      'opacity:.01',
      'clip-path:inset(50%)',
      'filter:opacity(0.02)',
      'visibility:hidden',
    ]) {
      row.setAttribute('style', style);
      mouseClick(el);
      await settle(undefined, 0);
      expect(cardHost(), style).toBeNull();
    }
    expect(fake.frames).toHaveLength(1);
  });

  it('asks for the candidates of an ambiguous match', async () => {
    const fake = fakeBackground({ 'Firma A s.r.o.': [7, 9] }, [
      summary(7, 'Firma A (Brno)'),
      summary(9, 'Firma A (Praha)', 1),
    ]);
    await open(fake);
    mouseClick(button(badges()[0]!));
    await settle(undefined, 0);
    expect(fake.frames).toEqual([{ kind: 'card', target: { kind: 'ambiguous', companyIds: [7, 9] } }]);
    expect(cardFrame()).toBeDefined();
  });

  it('shows the record panel as a frame whose button opens the card and whose × hides it', async () => {
    const fake = fakeWith();
    fake.messenger.match = async (queries) => ({
      auth: 'signed-in',
      results: [{ id: queries[0]!.id, state: 'matched', companyId: 7, via: 'domain' }],
      companies: [summary(7, 'Firma A s.r.o.', 4, LAST_VISIT)],
    });
    await open(fake, DEMO_RECORD, hubspotCompanyRecord({ name: 'Firma A s.r.o.', website: 'firma-a.cz' }));
    await settle(undefined, 0);
    const panel = document.querySelector('leady-panel')!;
    expect(fake.frames[0]).toEqual({ kind: 'panel', target: { kind: 'company', companyId: 7 } });
    expect(shadow(panel).querySelector('iframe')!.src).toContain('#t1');
    expect(shadow(panel).textContent).toBe('');
    fake.emit({ event: 'frame.action', ticket: 't1', action: 'show' });
    await settle(undefined, 0);
    expect(fake.frames[1]).toEqual({ kind: 'card', target: { kind: 'company', companyId: 7 } });
    expect(cardHost()).not.toBeNull();
    // Closing the panel keeps it closed on this record.
    fake.emit({ event: 'frame.action', ticket: 't1', action: 'dismiss' });
    expect(panel.isConnected).toBe(false);
  });
});
