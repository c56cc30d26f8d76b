/**
 * The generic scanner, for any site the user enables that has no adapter of its own. A record page
 * (a heading, or labelled IČO/website/e-mail fields) gets one finding for its record, at the name;
 * a list gets one finding per row (list-rows.ts); every other website link, `mailto:` link and
 * labelled IČO is a mention, grouped with the row or record it sits in.
 * Example: https://katalog.example.cz/firma/strojirny-zdar
 */
import { cleanName } from './clues';
import { Findings } from './findings';
import { labelledFields } from './labelled-fields';
import { addRowFindings, splitByRow } from './list-rows';
import { addMentions, collectMentions } from './mentions';
import {
  completeRecord,
  firstClueAnchor,
  hasStrongClue,
  holdsRecordClue,
  labelledRecord,
  withoutRecord,
} from './page-record';
import { createScope } from './query';
import { pageHeading, recordTitle } from './record-title';
import * as g from './selectors/generic';
import { readText } from './text';
import type { CrmAdapter, PageFinding } from './types';

export const generic: CrmAdapter = {
  id: 'generic',
  matchesUrl: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  scan(doc: Document, url: URL): PageFinding[] {
    const scope = createScope(doc);
    const findings = new Findings();
    const labelled = labelledRecord(labelledFields(scope));
    const { rows, rest } = splitByRow(collectMentions(doc, url, scope), (el) =>
      holdsRecordClue(labelled, el),
    );
    const rowElements = new Set(rows.map(({ row }) => row));
    const inRow = (el: Element) => rowElements.has(el.closest(g.listRow) as Element);
    // Without a heading, only labelled fields say the page is a record worth looking for a title on.
    const title = hasStrongClue(labelled) ? recordTitle(scope, doc, inRow) : pageHeading(scope);
    const record = completeRecord(labelled, rest, 'only');
    const anchor = title ?? firstClueAnchor(record);
    const group = doc.body ?? doc.documentElement;
    let mentions = rest;
    if (anchor) {
      const clues = {
        name: title && cleanName(readText(title)),
        ico: record.ico?.value,
        website: record.website?.value,
        email: record.email?.value,
      };
      const role = hasStrongClue(record) ? 'record' : 'mention';
      if (findings.company(anchor, role, clues, group)) mentions = withoutRecord(rest, record);
    }
    addRowFindings(findings, rows);
    addMentions(findings, mentions, () => (anchor ? group : undefined));
    return findings.list;
  },
};
