import type { CompanyInsight } from '../../shared/insights/types';
import type { Action } from '../api';
import type { SessionRecord } from '../cache/schema';

const DAY_MS = 86_400_000;
/** Visits listed on a card or detail, newest first. */
const RECENT_VISITS = 10;
/** Pages listed as the most read. */
const TOP_PAGES = 5;

/** Time spent in a session: its page views' seconds when known, else first to last timestamp. */
export function sessionSeconds(session: SessionRecord): number {
  if (session.actions?.length) {
    return session.actions.reduce((sum, action) => sum + (action.seconds_spent ?? 0), 0);
  }
  if (session.firstAt !== undefined && session.lastAt !== undefined && session.lastAt >= session.firstAt) {
    return Math.round((session.lastAt - session.firstAt) / 1000);
  }
  return 0;
}

export function visitStats(sessions: SessionRecord[], now: number): CompanyInsight['visits'] {
  const since = now - 30 * DAY_MS;
  const last30 = sessions.filter((session) => (session.lastAt ?? 0) >= since);
  return {
    count30d: last30.length,
    seconds30d: last30.reduce((sum, session) => sum + sessionSeconds(session), 0),
    lastVisitAt: sessions.reduce<number | undefined>(
      (latest, session) =>
        session.lastAt !== undefined && session.lastAt > (latest ?? 0) ? session.lastAt : latest,
      undefined,
    ),
    recent: sessions.slice(0, RECENT_VISITS).map((session) => ({
      key: session.key,
      resource: session.resource,
      firstAt: session.firstAt,
      lastAt: session.lastAt,
      pages: session.actions?.length ?? session.actionCount,
      seconds: sessionSeconds(session),
    })),
  };
}

/** Pages ranked by time spent, then by views, across the given page views. */
export function topPages(actions: Action[]): CompanyInsight['topPages'] {
  const byUrl = new Map<string, { url: string; title?: string; views: number; seconds: number }>();
  for (const action of actions) {
    const url = pageKey(action.location);
    const page = byUrl.get(url) ?? { url, title: action.title, views: 0, seconds: 0 };
    page.views += 1;
    page.seconds += action.seconds_spent ?? 0;
    page.title ??= action.title;
    byUrl.set(url, page);
  }
  return [...byUrl.values()].sort((a, b) => b.seconds - a.seconds || b.views - a.views).slice(0, TOP_PAGES);
}

/** The same page with different tracking parameters or fragments counts once. */
function pageKey(location: string): string {
  try {
    const url = new URL(location);
    return `${url.origin}${url.pathname}`;
  } catch {
    // Not a URL: the text itself is the key.
    return location;
  }
}
