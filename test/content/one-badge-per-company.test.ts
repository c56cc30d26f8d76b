// @vitest-environment happy-dom
/**
 * One badge per company in a row or record (issue 11): a row naming one company by its name,
 * website and e-mail gets one badge, at the name; a row naming two companies gets two; a record
 * page with a heading and a website gets one, at the heading. Read by the generic scanner, as on a
 * site the user added.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { badges, fakeBackground, showPage, start, summary } from './helpers';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
});

/** Strojírny (1), Pekárna (2) and Vinařství (3) are known by their websites and e-mails. */
function background() {
  const fake = fakeBackground(
    {},
    [
      summary(1, 'Strojírny Žďár a.s.'),
      summary(2, 'Pekárna Novák s.r.o.'),
      summary(3, 'Vinařství Mikulov s.r.o.'),
    ],
    {
      'https://www.strojirny-zdar.cz': 1,
      'info@strojirny-zdar.cz': 1,
      'https://pekarna-novak.cz/': 2,
      'https://pekarna-novak.cz': 2,
      'objednavky@pekarna-novak.cz': 2,
      'info@vinarstvi-mikulov.cz': 3,
      'https://vinarstvi-mikulov.cz': 3,
      // Another domain of the same company: its own finding in the row, the same badge.
      'obchod@mikulov-vino.cz': 3,
    },
  );
  fake.settings = { ...fake.settings, customOrigins: [location.origin] };
  return fake;
}

/** The saved page (import.meta.url is no file URL under happy-dom, so the path is the repository's). */
function readFixture(name: string): string {
  return readFileSync(resolve('test/fixtures/crm', name), 'utf8');
}

async function annotate(path: string, fixture: string) {
  showPage(path, readFixture(fixture));
  const started = await start(background());
  stop = () => started.ctx.notifyInvalidated();
}

const shown = () =>
  badges().map((badge) => ({
    company: badge.getAttribute('data-leady-company'),
    after: badge.previousElementSibling?.textContent ?? badge.parentElement?.firstChild?.textContent,
  }));

describe('one badge per company', () => {
  it('badges each known row of a plain table once, at the company name', async () => {
    await annotate('/firmy', 'generic-plain-table.html');
    expect(shown()).toEqual([
      { company: '1', after: 'Strojírny Žďár a.s.' },
      { company: '2', after: 'Pekárna Novák s.r.o.' },
      { company: '3', after: 'Vinařství Mikulov s.r.o.' },
    ]);
  });

  it('badges a row naming two companies twice, and a second clue of the same company not at all', async () => {
    await annotate('/zakazky', 'generic-orders-table.html');
    expect(shown()).toEqual([
      { company: '1', after: 'Strojírny Žďár a.s.' },
      { company: '2', after: 'Pekárna Novák' },
      { company: '3', after: 'Vinařství Mikulov s.r.o.' },
    ]);
  });

  it('badges a record page once, at its heading', async () => {
    await annotate('/firmy/1', 'generic-record-heading.html');
    expect(shown()).toEqual([{ company: '1', after: 'Strojírny Žďár a.s.' }]);
    expect(badges()[0]?.parentElement?.localName).toBe('h1');
  });
});
