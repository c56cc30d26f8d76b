/** Building blocks for Czech and Slovak company names, and the legal forms they end with. */

export interface LegalForm {
  /** Suffix exactly as the business register writes it. */
  suffix: string;
  /** Key into POSITIONS_BY_FORM. */
  positions: string;
  weight: number;
}

/** Spread of legal forms among Leady's typical visitors: mostly limited companies. */
export const CZECH_LEGAL_FORMS: readonly LegalForm[] = [
  { suffix: 's.r.o.', positions: 'sro', weight: 62 },
  { suffix: 'spol. s r.o.', positions: 'sro', weight: 10 },
  { suffix: 'a.s.', positions: 'as', weight: 18 },
  { suffix: 'k.s.', positions: 'ks', weight: 3 },
  { suffix: 'v.o.s.', positions: 'vos', weight: 3 },
  { suffix: 'z.s.', positions: 'zs', weight: 4 },
];

export const SLOVAK_LEGAL_FORMS: readonly LegalForm[] = [
  { suffix: 's.r.o.', positions: 'sk_sro', weight: 80 },
  { suffix: 'a.s.', positions: 'sk_as', weight: 20 },
];

/** "<trade> <place>": Strojírny Žďár, Pekárna Vysočina. */
export const TRADES = [
  'Strojírny',
  'Pekárna',
  'Stavby',
  'Elektro',
  'Autodoprava',
  'Tiskárna',
  'Kovovýroba',
  'Pila',
  'Truhlářství',
  'Zámečnictví',
  'Sklárny',
  'Mlékárna',
  'Pivovar',
  'Vinařství',
  'Lékárna',
  'Projekce',
  'Instalace',
  'Obaly',
  'Plasty',
  'Textil',
  'Nábytek',
  'Zahradnictví',
  'Kamenictví',
  'Účetnictví',
  'Reality',
  'Logistika',
  'Agro',
  'Gastro',
  'Energie',
  'Autoservis',
] as const;

/** Trades for "<trade> <surname>": Pekárna Novák, Autoservis Dvořák. */
export const SURNAME_TRADES = [
  'Pekárna',
  'Autoservis',
  'Stavitelství',
  'Truhlářství',
  'Zámečnictví',
  'Elektroinstalace',
  'Řeznictví',
  'Cukrárna',
  'Malířství',
  'Klempířství',
  'Advokátní kancelář',
  'Daňová kancelář',
] as const;

/** Brand stems with a modern suffix: "Kovo Tech", "Agro Morava", "Datasoft". */
export const BRAND_STEMS = [
  'Kovo',
  'Agro',
  'Elektro',
  'Data',
  'Info',
  'Stav',
  'Eko',
  'Techno',
  'Medi',
  'Auto',
  'Bio',
  'Profi',
  'Servis',
  'Trans',
  'Solar',
  'Hydro',
  'Termo',
  'Geo',
  'Net',
  'Web',
] as const;

export const BRAND_SUFFIXES = [
  'Tech',
  'Soft',
  'Plus',
  'Trade',
  'Systems',
  'Group',
  'Invest',
  'Line',
  'Pro',
  'Centrum',
  'Morava',
  'Bohemia',
  'Servis',
  'Consulting',
] as const;

/** Associations (z.s.) get names of their own kind. */
export const ASSOCIATION_NAMES = [
  'Sdružení podnikatelů',
  'Klastr strojírenství',
  'Spolek přátel techniky',
  'Asociace dodavatelů',
  'Hospodářská komora regionu',
  'Sportovní klub',
] as const;

export const SLOVAK_TRADES = [
  'Strojárne',
  'Pekáreň',
  'Stavby',
  'Elektro',
  'Doprava',
  'Tlačiareň',
  'Drevovýroba',
  'Vinárstvo',
  'Účtovníctvo',
  'Logistika',
] as const;

/** Free mailbox providers common in Czechia and Slovakia; small firms often use them. */
export const FREE_MAIL_DOMAINS = {
  CZ: ['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com', 'post.cz', 'seznam.cz'],
  SK: ['azet.sk', 'gmail.com', 'centrum.sk', 'zoznam.sk'],
} as const;

/** Local parts of a company's own address. */
export const COMPANY_MAIL_LOCALS = ['info', 'obchod', 'kancelar', 'office', 'podatelna', 'prodej'] as const;
