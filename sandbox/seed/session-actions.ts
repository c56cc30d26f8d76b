/**
 * The page views of one session: an entry page that fits the referrer, then a walk towards products,
 * pricing and contact. Time on page is what Leady measures: known for most pages, 0 for a quick
 * bounce, null when the visitor left without a further signal (typical for the last page).
 */
import { type Rng, sampler } from './prng';
import {
  ACTION_FLAG_NO_TITLE,
  ACTION_FLAG_UTM,
  type PageKind,
  type ReferrerKind,
  type Resource,
} from './types';

export interface ActionColumns {
  page: Uint16Array;
  offset: Uint32Array;
  seconds: Int32Array;
  flags: Uint8Array;
}

export interface WrittenActions {
  count: number;
  /** Seconds from session start to the last page view. */
  lastOffset: number;
  /** Sum of known seconds_spent. */
  secondsSpent: number;
}

type KindPicker = (rng: Rng) => PageKind;

const ENTRY_BY_REFERRER: Readonly<Record<ReferrerKind, KindPicker>> = {
  direct: sampler<PageKind>([
    ['home', 6],
    ['pricing', 1],
    ['course', 1],
  ]),
  search: sampler<PageKind>([
    ['blog', 3],
    ['home', 3],
    ['product', 2],
    ['pricing', 1],
    ['course', 1],
  ]),
  social: sampler<PageKind>([
    ['blog', 5],
    ['home', 1],
    ['course', 2],
  ]),
  catalog: sampler<PageKind>([
    ['home', 3],
    ['product', 2],
  ]),
  email: sampler<PageKind>([
    ['blog', 2],
    ['product', 2],
    ['course', 2],
    ['home', 1],
  ]),
  partner: sampler<PageKind>([
    ['product', 3],
    ['home', 1],
  ]),
};

const NEXT_KIND: KindPicker = sampler<PageKind>([
  ['product', 4],
  ['pricing', 3],
  ['course', 3],
  ['contact', 2],
  ['blog', 2],
  ['home', 1],
  ['other', 1],
]);

const pickActionCount = sampler([
  [1, 30],
  [2, 18],
  [3, 13],
  [4, 10],
  [5, 8],
  [6, 6],
  [7, 4],
  [8, 3],
  [9, 2],
  [10, 2],
  [11, 1],
  [12, 1],
  [13, 1],
  [14, 0.5],
  [15, 0.5],
]);

export const MAX_ACTIONS = 15;

/** Page indices of a resource grouped by kind, computed once per resource. */
export type PagesByKind = ReadonlyMap<PageKind, readonly number[]>;

export function pagesByKind(resource: Resource): PagesByKind {
  const map = new Map<PageKind, number[]>();
  resource.pages.forEach((page, index) => {
    const list = map.get(page.kind) ?? [];
    list.push(index);
    map.set(page.kind, list);
  });
  return map;
}

function pickPage(rng: Rng, byKind: PagesByKind, pickKind: KindPicker, pageCount: number): number {
  const pages = byKind.get(pickKind(rng));
  // A site without a page of that kind (no blog on the academy…) falls back to any page.
  return pages && pages.length > 0 ? rng.pick(pages) : rng.int(0, pageCount - 1);
}

/** Time on a page: mostly tens of seconds, sometimes minutes. */
function dwell(rng: Rng): number {
  return Math.round(4 + rng.next() ** 2.2 * 480);
}

export function writeActions(
  rng: Rng,
  resource: Resource,
  byKind: PagesByKind,
  referrer: ReferrerKind,
  out: ActionColumns,
  at: number,
): WrittenActions {
  const count = pickActionCount(rng);
  const pageCount = resource.pages.length;
  let offset = 0;
  let secondsSpent = 0;
  let previous = -1;
  for (let i = 0; i < count; i++) {
    let page = pickPage(rng, byKind, i === 0 ? ENTRY_BY_REFERRER[referrer] : NEXT_KIND, pageCount);
    if (page === previous) page = pickPage(rng, byKind, NEXT_KIND, pageCount);
    previous = page;
    const last = i === count - 1;
    let seconds: number | null;
    let gap: number;
    const roll = rng.next();
    if (last) {
      // Leaving the site leaves no signal unless a heartbeat caught the time on page.
      seconds = roll < 0.5 ? null : roll < 0.75 ? 0 : dwell(rng);
      gap = 0;
    } else if (roll < 0.07) {
      seconds = 0;
      gap = rng.int(1, 4);
    } else if (roll < 0.15) {
      seconds = null;
      gap = dwell(rng);
    } else {
      seconds = dwell(rng);
      gap = seconds;
    }
    let flags = 0;
    if (rng.chance(0.03)) flags |= ACTION_FLAG_NO_TITLE;
    if (i === 0 && (referrer === 'email' || (referrer === 'social' && rng.chance(0.5))))
      flags |= ACTION_FLAG_UTM;
    out.page[at + i] = page;
    out.offset[at + i] = offset;
    out.seconds[at + i] = seconds ?? -1;
    out.flags[at + i] = flags;
    secondsSpent += seconds ?? 0;
    if (!last) offset += gap;
  }
  return { count, lastOffset: offset, secondsSpent };
}
