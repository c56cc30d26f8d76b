/** Where visits come from, and what people typed into search engines before landing. */
import type { Referrer } from '../types';

/** Each referrer with its share of sessions. Direct visits have no referrer at all. */
export const REFERRERS: readonly (readonly [Referrer, number])[] = [
  [{ kind: 'direct', url: null, engine: false }, 30],
  [{ kind: 'search', url: 'https://www.google.com/', engine: true }, 22],
  [{ kind: 'search', url: 'https://www.google.cz/', engine: true }, 8],
  [{ kind: 'search', url: 'https://search.seznam.cz/', engine: true }, 12],
  [{ kind: 'search', url: 'https://www.bing.com/', engine: true }, 2],
  [{ kind: 'social', url: 'https://www.linkedin.com/', engine: false }, 8],
  [{ kind: 'social', url: 'https://l.facebook.com/', engine: false }, 3],
  [{ kind: 'catalog', url: 'https://www.firmy.cz/', engine: false }, 4],
  [{ kind: 'catalog', url: 'https://www.zive.cz/clanky/srovnani-crm-systemu/', engine: false }, 2],
  [{ kind: 'email', url: 'https://email.seznam.cz/', engine: false }, 4],
  [{ kind: 'email', url: 'https://mail.google.com/', engine: false }, 2],
  [{ kind: 'partner', url: 'https://www.pohoda.cz/doplnky/', engine: false }, 2],
  [{ kind: 'partner', url: 'https://www.podnikatel.cz/', engine: false }, 1],
];

/** Share of search-engine visits that still carry a query Leady could read. */
export const QUERY_SHARE = 0.7;

/** Queries by resource domain: what people searched before landing on that site. */
export const SEARCH_QUERIES: Readonly<Record<string, readonly string[]>> = {
  'techmont.cz': [
    'crm pro malé firmy',
    'crm systém cena',
    'techmont',
    'techmont ceník',
    'fakturační program online',
    'jak vybrat crm',
    'skladový systém pro eshop',
    'evidence zakázek software',
    'software pro obchodníky',
    'crm zdarma',
    'e-faktura 2026',
    'propojení crm s pohodou',
  ],
  'techmont.sk': [
    'crm pre malé firmy',
    'fakturačný program',
    'techmont sk',
    'crm systém cena',
    'e-faktúra povinnosť',
    'skladový program',
  ],
  'akademie.techmont.cz': [
    'kurz obchodní dovednosti',
    'webinář b2b prodej',
    'školení fakturace',
    'jak oslovit nové zákazníky',
    'prospecting b2b',
  ],
};
