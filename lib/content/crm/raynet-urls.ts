/**
 * What Raynet URLs say: the page's view and entity, and which links point to records of the same
 * instance. Raynet has no stable DOM hooks (crm-dom.md § Raynet), so URLs are the reliable part
 * (crm-dom.md lesson 3: ids come from the URL).
 * Example: https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7
 */
import type { Scope } from './query';
import * as rn from './selectors/raynet';

type RaynetKind = 'company' | 'person';

/** Raynet entities we read; Lead is a person with a company, as in Salesforce. */
const KIND_BY_ENTITY: Readonly<Record<string, RaynetKind>> = {
  Company: 'company',
  Person: 'person',
  Lead: 'person',
};

export interface RaynetRecordRef {
  entity: string;
  id: string;
  kind: RaynetKind | undefined;
}

export interface RaynetPage {
  view: string | undefined;
  entity: string | undefined;
  kind: RaynetKind | undefined;
  id: string | undefined;
}

export function raynetPage(url: URL): RaynetPage {
  const entity = url.searchParams.get('en') ?? undefined;
  return {
    view: url.searchParams.get('view') ?? undefined,
    entity,
    kind: entity ? KIND_BY_ENTITY[entity] : undefined,
    id: url.searchParams.get('ei') ?? undefined,
  };
}

/** `https://host` of an absolute link; relative links (`?view=…`, `/acme/?view=…`) have none. */
const ABSOLUTE = /^([a-z][a-z\d+.-]*:)?\/\/([^/?#]*)/i;

const PARAMS = {
  view: /(?:^|&)view=([^&]*)/,
  en: /(?:^|&)en=([^&]*)/,
  ei: /(?:^|&)ei=([^&]*)/,
} as const;

function queryParam(query: string, name: keyof typeof PARAMS): string | undefined {
  return PARAMS[name].exec(query)?.[1];
}

/**
 * A link to a record detail in the same Raynet instance. Parsed with string operations, not
 * `new URL(href, page)`: a list has hundreds of these links and relative URL resolution is slow.
 */
export function recordRef(link: Element, page: URL): RaynetRecordRef | undefined {
  const href = link.getAttribute('href') ?? '';
  const absolute = ABSOLUTE.exec(href);
  if (
    absolute &&
    (absolute[1]?.toLowerCase() !== page.protocol || absolute[2]?.toLowerCase() !== page.host)
  ) {
    return undefined;
  }
  const query = href.split('#')[0]?.split('?')[1] ?? '';
  const entity = queryParam(query, 'en');
  const id = queryParam(query, 'ei');
  if (queryParam(query, 'view') !== 'DetailView' || !entity || !id) return undefined;
  return { entity, id, kind: KIND_BY_ENTITY[entity] };
}

export interface RecordLink extends RaynetRecordRef {
  link: Element;
}

/** Visible links to records of this Raynet instance, in page order. */
export function recordLinks(scope: Scope, page: URL): RecordLink[] {
  const links: RecordLink[] = [];
  for (const link of scope.all(rn.recordLink)) {
    const ref = recordRef(link, page);
    if (ref) links.push({ ...ref, link });
  }
  return links;
}
