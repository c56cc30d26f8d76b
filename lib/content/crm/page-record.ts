/**
 * The strong clues of the record a detail page shows, on pages without hooks (Raynet, sites the user
 * added): the IČO, website and e-mail the page labels, else the ones it mentions. Whatever went into
 * the record is taken out of the page's mentions, so one company named by several clues gets one
 * finding (issue 11).
 */
import { icoDigits } from './clues';
import type { LabelledFields } from './labelled-fields';
import type { Mentions } from './mentions';
import { firstOnPage } from './page-order';
import { siteOfValue } from './sites';

interface RecordClue {
  value: string;
  /** The element the value came from (the link, the value cell). */
  anchor: Element;
}

export interface RecordClues {
  ico?: RecordClue;
  website?: RecordClue;
  email?: RecordClue;
}

/**
 * The labelled clues: the first labelled website and e-mail, and the IČO when the page labels exactly
 * one (several labelled IČOs are a list of companies, not one record).
 */
export function labelledRecord(fields: LabelledFields): RecordClues {
  return {
    ico: pick(fields.ico, 'only'),
    website: fields.website[0],
    email: fields.email[0],
  };
}

/** Whether an element holds one of the record's clues (a mention of it is no separate finding). */
export function holdsRecordClue(record: RecordClues, el: Element): boolean {
  return [record.ico, record.website, record.email].some((clue) => clue?.anchor.contains(el));
}

/**
 * `first`: a page known to be a record (Raynet's DetailView) takes the first mention of each kind.
 * `only`: any other page takes a mention only when it is the only one of its kind, as a lone IČO
 * most likely belongs to the entity the heading names and several are a list.
 */
export type MentionPolicy = 'first' | 'only';

function pick<T>(list: readonly T[], policy: MentionPolicy): T | undefined {
  return policy === 'first' || list.length === 1 ? list[0] : undefined;
}

/** The labelled clues completed from the page's mentions, for the kinds the page labels none of. */
export function completeRecord(
  labelled: RecordClues,
  mentions: Mentions,
  policy: MentionPolicy,
): RecordClues {
  const website = pick(mentions.websites, policy);
  const email = pick(mentions.emails, policy);
  const ico = pick(mentions.icos, policy);
  return {
    ico: labelled.ico ?? (ico && { value: ico.ico, anchor: ico.anchor }),
    website: labelled.website ?? (website && { value: website.value, anchor: website.link }),
    email: labelled.email ?? (email && { value: email.value, anchor: email.link }),
  };
}

export function hasStrongClue(record: RecordClues): boolean {
  return Boolean(record.ico ?? record.website ?? record.email);
}

/** The mentions left once the record's clues are taken out (by value: a page repeats its own). */
export function withoutRecord(mentions: Mentions, record: RecordClues): Mentions {
  const { ico, website, email } = record;
  return {
    icos: mentions.icos.filter((m) => !ico || icoDigits(m.ico) !== icoDigits(ico.value)),
    websites: mentions.websites.filter(
      (m) => !website || (m.link !== website.anchor && siteOfValue(m.value) !== siteOfValue(website.value)),
    ),
    emails: mentions.emails.filter((m) => !email || m.value.toLowerCase() !== email.value.toLowerCase()),
  };
}

/** The record's first clue on the page: where its badge goes when the page shows no name. */
export function firstClueAnchor(record: RecordClues): Element | undefined {
  return firstOnPage(
    [record.ico, record.website, record.email].flatMap((clue) => (clue ? [clue.anchor] : [])),
  );
}
