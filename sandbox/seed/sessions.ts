/**
 * All sessions, written straight into typed columns (see SessionTable) so that even 100 000 of them
 * are generated in well under a second. A quarter are unidentified visitors; identified ones follow
 * a long-tail distribution (a few companies come back often, most once or twice).
 */
import { type Rng, sampler, stream } from './prng';
import { MAX_ACTIONS, pagesByKind, writeActions } from './session-actions';
import { sessionStartTimes } from './session-times';
import type { Company, HostileIds, Referrer, Resource, SessionTable } from './types';
import { QUERY_SHARE, REFERRERS, SEARCH_QUERIES } from './vocab/referrers';

const UNIDENTIFIED_SHARE = 0.25;

export interface SessionInput {
  seed: number;
  now: Date;
  count: number;
  resources: readonly Resource[];
  companies: readonly Company[];
  hostile: HostileIds;
  ownCompanyId: number;
}

/** Cumulative long-tail weights over companies in a shuffled order, for binary-search picking. */
function companyPicker(rng: Rng, input: SessionInput): () => number {
  const hostileIds = new Set(Object.values(input.hostile));
  const order = input.companies.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const cumulative = new Float64Array(order.length);
  let total = 0;
  order.forEach((companyIndex, rank) => {
    const company = input.companies[companyIndex];
    let weight = 1 / (rank + 3) ** 0.8;
    if (company?.id === input.ownCompanyId) weight *= 6; // staff browse their own site a lot
    if (company && hostileIds.has(company.id)) weight *= 0.3;
    total += weight;
    cumulative[rank] = total;
  });
  return () => {
    const roll = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > roll) hi = mid;
      else lo = mid + 1;
    }
    return order[lo] as number;
  };
}

/** Slovak companies mostly visit the .sk site; everyone else mostly the main Czech one. */
function resourcePicker(resources: readonly Resource[], slovak: boolean): (rng: Rng) => number {
  return sampler(
    resources.map((resource, index) => {
      const home = resource.country === (slovak ? 'SK' : 'CZ');
      const main = index === 0 ? 3 : 1;
      return [index, (home ? 10 : 1) * main] as const;
    }),
  );
}

function allocate(count: number): SessionTable {
  const actions = count * MAX_ACTIONS;
  return {
    count,
    firstId: 0,
    resource: new Uint8Array(count),
    company: new Int32Array(count),
    start: new Float64Array(count),
    last: new Float64Array(count),
    referrer: new Uint16Array(count),
    query: new Int16Array(count),
    actionStart: new Uint32Array(count),
    actionCount: new Uint8Array(count),
    secondsSpent: new Uint32Array(count),
    actionPage: new Uint16Array(actions),
    actionOffset: new Uint32Array(actions),
    actionSeconds: new Int32Array(actions),
    actionFlags: new Uint8Array(actions),
  };
}

/** Referrers in the order SessionTable.referrer indexes them. */
export const SESSION_REFERRERS: readonly Referrer[] = REFERRERS.map(([referrer]) => referrer);

export function generateSessions(input: SessionInput): SessionTable {
  const rng = stream(input.seed, 'sessions');
  const nowSeconds = Math.floor(input.now.getTime() / 1000);
  const table = allocate(input.count);
  table.firstId = 3_100_000 + rng.int(0, 50_000);
  // Start times draw from their own stream: how many draws their rejection loop takes depends on the
  // hour and weekday of `now`, and on the shared stream that reshuffled every later choice (issue 11).
  table.start.set(sessionStartTimes(stream(input.seed, 'session-times'), input.count, nowSeconds));
  const pickCompany = companyPicker(rng, input);
  const byKind = input.resources.map(pagesByKind);
  const companyIndexById = new Map(input.companies.map((c, index) => [c.id, index]));
  // Hostile companies are pinned to some of the newest sessions so UI tests see them on page one.
  const pinned = new Map<number, number>();
  Object.values(input.hostile).forEach((id, k) => {
    const at = input.count - 2 - k * 3;
    const index = companyIndexById.get(id);
    if (at >= 0 && index !== undefined) pinned.set(at, index);
  });
  const pickReferrer = sampler(REFERRERS.map(([, weight], index) => [index, weight] as const));
  const pickCzechResource = resourcePicker(input.resources, false);
  const pickSlovakResource = resourcePicker(input.resources, true);
  let actionAt = 0;
  for (let i = 0; i < input.count; i++) {
    const companyIndex = pinned.get(i) ?? (rng.chance(UNIDENTIFIED_SHARE) ? -1 : pickCompany());
    const company = companyIndex >= 0 ? input.companies[companyIndex] : undefined;
    const resourceIndex = company?.global_country === 'SK' ? pickSlovakResource(rng) : pickCzechResource(rng);
    const resource = input.resources[resourceIndex] as Resource;
    const referrerIndex = pickReferrer(rng);
    const referrer = SESSION_REFERRERS[referrerIndex] as Referrer;
    const queries = SEARCH_QUERIES[resource.domain] ?? [];
    const written = writeActions(
      rng,
      resource,
      byKind[resourceIndex] as ReturnType<typeof pagesByKind>,
      referrer.kind,
      {
        page: table.actionPage,
        offset: table.actionOffset,
        seconds: table.actionSeconds,
        flags: table.actionFlags,
      },
      actionAt,
    );
    const start = table.start[i] as number;
    table.company[i] = companyIndex;
    table.resource[i] = resourceIndex;
    table.referrer[i] = referrerIndex;
    table.query[i] =
      referrer.engine && queries.length > 0 && rng.chance(QUERY_SHARE) ? rng.int(0, queries.length - 1) : -1;
    table.actionStart[i] = actionAt;
    table.actionCount[i] = written.count;
    table.secondsSpent[i] = written.secondsSpent;
    // session-times keeps the newest start 3 h back, more than 14 maximal dwells, so last < now.
    table.last[i] = start + written.lastOffset;
    actionAt += written.count;
  }
  // Trim the action columns to what was written (they were sized for the worst case).
  table.actionPage = table.actionPage.slice(0, actionAt);
  table.actionOffset = table.actionOffset.slice(0, actionAt);
  table.actionSeconds = table.actionSeconds.slice(0, actionAt);
  table.actionFlags = table.actionFlags.slice(0, actionAt);
  return table;
}
