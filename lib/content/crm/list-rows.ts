/**
 * List rows on pages without hooks (sites the user added): a plain table of companies, one per row
 * (name | website | e-mail | IČO). The clues of one row are one company's, so a row gets ONE finding,
 * at the company's name when the row shows it, else at its first clue (issue 11). A second company
 * in the row (another website, an e-mail at another site) keeps a finding of its own in the row's
 * group, where the content script drops it if it turns out to be the same company.
 */
import type { Findings } from './findings';
import type { LinkValue } from './links';
import { addMentions, type Mentions } from './mentions';
import { byPageOrder, firstOnPage } from './page-order';
import { nameText } from './record-title';
import * as g from './selectors/generic';
import { siteOfValue } from './sites';
import { readText } from './text';

interface Row {
  row: Element;
  mentions: Mentions;
}

/**
 * Splits the page's mentions into the list rows they sit in (in page order) and the rest.
 * `keep` leaves a mention out of the rows (a labelled field of the page's record).
 */
export function splitByRow(
  mentions: Mentions,
  keep: (el: Element) => boolean,
): { rows: Row[]; rest: Mentions } {
  const rows = new Map<Element, Mentions>();
  const rest: Mentions = { websites: [], emails: [], icos: [] };
  const place = <T>(anchor: Element, item: T, list: (m: Mentions) => T[]) => {
    const row = keep(anchor) ? null : anchor.closest(g.listRow);
    if (!row) return list(rest).push(item);
    const inRow = rows.get(row) ?? { websites: [], emails: [], icos: [] };
    rows.set(row, inRow);
    list(inRow).push(item);
  };
  for (const website of mentions.websites) place(website.link, website, (m) => m.websites);
  for (const email of mentions.emails) place(email.link, email, (m) => m.emails);
  for (const ico of mentions.icos) place(ico.anchor, ico, (m) => m.icos);
  const ordered = [...rows.keys()].sort(byPageOrder);
  return { rows: ordered.map((row) => ({ row, mentions: rows.get(row)! })), rest };
}

function cellsOf(row: Element): Element[] {
  const children = Array.from(row.children);
  const cells = children.filter((child) => child.matches(g.rowCell));
  return cells.length > 0 ? cells : children;
}

interface RowName {
  anchor: Element;
  name: string;
}

/** The row's name: its first cell of name-like text that holds no clue (CRM lists lead with the name). */
function rowName(row: Element, clues: readonly Element[]): RowName | undefined {
  for (const cell of cellsOf(row)) {
    if (clues.some((clue) => cell.contains(clue) || clue.contains(cell))) continue;
    const name = nameText(cell);
    if (!name) continue;
    // A name cell holding a link to the record: the badge goes after the link, not inside it.
    const link = cell.localName === 'a' ? cell : cell.querySelector('a[href]');
    return { anchor: link && readText(link) === name ? link : cell, name };
  }
  return undefined;
}

/** The row's e-mail belongs to the row's company when it is at the company's site (or there is no website). */
function ownEmail(emails: readonly LinkValue[], website: LinkValue | undefined): LinkValue | undefined {
  if (!website) return emails[0];
  const site = siteOfValue(website.value);
  return emails.find((email) => siteOfValue(email.value) === site);
}

/** One company finding per row, then the row's other clues as mentions in the row's group. */
export function addRowFindings(findings: Findings, rows: readonly Row[]): void {
  for (const { row, mentions } of rows) {
    const [website, ...otherWebsites] = mentions.websites;
    const email = ownEmail(mentions.emails, website);
    const [ico, ...otherIcos] = mentions.icos;
    const used = [website?.link, email?.link, ico?.anchor].filter((el): el is Element => !!el);
    const clueEls = [...mentions.websites.map((w) => w.link), ...mentions.emails.map((e) => e.link)];
    const named = rowName(row, [...clueEls, ...mentions.icos.map((i) => i.anchor)]);
    const anchor = named?.anchor ?? firstOnPage(used);
    if (!anchor) continue;
    const clues = { name: named?.name, website: website?.value, email: email?.value, ico: ico?.ico };
    if (findings.company(anchor, 'row', clues, row)) for (const el of used) findings.claim(el);
    const rest: Mentions = {
      websites: otherWebsites,
      emails: mentions.emails.filter((other) => other !== email),
      icos: otherIcos,
    };
    addMentions(findings, rest, () => row);
  }
}
