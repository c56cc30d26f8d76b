/**
 * What the card shows: loading, an error, one company's insight, or the candidates of an ambiguous
 * match. Builders return DOM made of text nodes only; links only to http(s) pages (websiteHref).
 */

import { clip } from '../../shared/clip';
import { isolateBidi } from '../../shared/i18n/bidi';
import type { CompanyInsight } from '../../shared/insights/types';
import type { CompanySummary } from '../../shared/messaging/protocol/page';
import { button, type Child, h } from '../../shared/overlay/dom';
import type { Formatter } from '../../shared/overlay/format';
import { websiteHref } from '../safe-href';

export type BlacklistState = 'idle' | 'working' | 'hidden' | 'failed';

export interface InsightActions {
  blacklist: BlacklistState;
  blacklistError?: string;
  onBlacklist(): void;
  onUndo(): void;
}

function header(title: string, onClose: () => void, fmt: Formatter): HTMLElement {
  return h(
    'div',
    { class: 'head' },
    h('h2', { class: 'name', dir: 'auto', id: 'leady-card-title' }, title),
    button('×', onClose, { class: 'x', 'aria-label': fmt.t('close'), title: fmt.t('close') }),
  );
}

export function loadingView(fmt: Formatter, title: string, onClose: () => void): Node[] {
  return [header(title, onClose, fmt), h('p', { class: 'muted', role: 'status' }, fmt.t('loading'))];
}

export function errorView(fmt: Formatter, title: string, message: string, onClose: () => void): Node[] {
  return [header(title, onClose, fmt), h('p', { class: 'error', role: 'alert' }, message)];
}

/** A link to a web page (a website or a visited page, as Leady stores them: often a bare host). */
function link(text: string, href: string | undefined): Child {
  const safe = websiteHref(href);
  // Anything that is not a safe link is still worth reading, as text.
  return safe
    ? h('a', { href: safe, target: '_blank', rel: 'noopener noreferrer', dir: 'auto' }, text)
    : text;
}

function row(label: string, value: Child): Node[] {
  return value ? [h('dt', null, label), h('dd', { dir: 'auto' }, value)] : [];
}

function persons(insight: CompanyInsight): string[] {
  const named = insight.persons.flatMap((person) =>
    // Isolated: a name's right-to-left letters must not swap places with the position beside it.
    person.name
      ? [person.position ? `${isolateBidi(person.name)} (${isolateBidi(person.position)})` : person.name]
      : [],
  );
  // Leady's own list of names when no person records are known.
  return (named.length ? named : insight.company.contactPersons).slice(0, 8);
}

function list(title: string, items: Child[]): Node[] {
  if (items.length === 0) return [];
  return [h('h3', null, title), h('ul', null, ...items.map((item) => h('li', { dir: 'auto' }, item)))];
}

function blacklistRow(fmt: Formatter, actions: InsightActions): HTMLElement {
  if (actions.blacklist === 'hidden') {
    return h(
      'div',
      { class: 'actions' },
      h('span', { class: 'muted', role: 'status' }, fmt.t('blacklisted')),
      button(fmt.t('undo'), actions.onUndo),
    );
  }
  const action = button(fmt.t('blacklist'), actions.onBlacklist);
  if (actions.blacklist === 'working') action.disabled = true;
  return h(
    'div',
    { class: 'actions' },
    h('span', { class: 'muted error', role: 'alert' }, actions.blacklistError),
    action,
  );
}

export function insightView(
  fmt: Formatter,
  insight: CompanyInsight,
  actions: InsightActions,
  onClose: () => void,
): Node[] {
  const { company, visits } = insight;
  const website = company.website ? link(clip(company.website, 120), company.website) : undefined;
  const details = h(
    'dl',
    null,
    ...row(fmt.t('cardVisits'), String(visits.count30d)),
    ...row(
      fmt.t('cardLastVisit'),
      visits.lastVisitAt === undefined ? undefined : fmt.dateTime(visits.lastVisitAt),
    ),
    ...row(fmt.t('cardTime'), fmt.duration(visits.seconds30d)),
    ...row(fmt.t('cardTurnover'), company.turnover),
    ...row(fmt.t('cardEmployees'), company.magnitude),
    ...row(fmt.t('cardIco'), company.ico),
    ...row(fmt.t('cardWebsite'), website),
  );
  const pages = insight.topPages.map((page) => link(clip(page.title || page.url, 120), page.url));
  return [
    header(company.name, onClose, fmt),
    details,
    ...list(fmt.t('cardTopPages'), pages),
    ...list(fmt.t('cardPersons'), persons(insight)),
    insight.refreshError
      ? h('p', { class: 'muted' }, fmt.t('cardStale', fmt.error(insight.refreshError)))
      : null,
    blacklistRow(fmt, actions),
  ].filter((node): node is HTMLElement => node !== null);
}

export function ambiguousView(
  fmt: Formatter,
  candidates: CompanySummary[],
  onPick: (companyId: number) => void,
  onClose: () => void,
): Node[] {
  const items = candidates.map((company) =>
    h(
      'li',
      null,
      h('div', { class: 'name', dir: 'auto' }, company.name),
      h(
        'div',
        { class: 'muted' },
        fmt.visits(company.visits30d),
        company.lastVisitAt === undefined
          ? ''
          : ` · ${fmt.t('lastVisit', fmt.dateTime(company.lastVisitAt))}`,
      ),
      button(fmt.t('show'), () => onPick(company.id)),
    ),
  );
  return [
    header(fmt.t('ambiguousTitle'), onClose, fmt),
    h('p', { class: 'muted' }, fmt.t('ambiguousHint')),
    h('ul', null, ...items),
  ];
}
