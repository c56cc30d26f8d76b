/** Czech and Slovak towns with a real postcode and region, so addresses look plausible together. */

export interface Place {
  city: string;
  /** Czech and Slovak postcodes are written "602 00". */
  zipcode: string;
  region: string;
  /** Short form used in company names ("Strojírny Žďár"). */
  short: string;
  /** Landline area prefix, the digits after +420 / +421. */
  landline: string;
}

export const CZECH_PLACES: readonly Place[] = [
  { city: 'Praha', zipcode: '110 00', region: 'Hlavní město Praha', short: 'Praha', landline: '2' },
  { city: 'Praha', zipcode: '150 00', region: 'Hlavní město Praha', short: 'Praha', landline: '2' },
  { city: 'Praha', zipcode: '190 00', region: 'Hlavní město Praha', short: 'Praha', landline: '2' },
  { city: 'Brno', zipcode: '602 00', region: 'Jihomoravský kraj', short: 'Brno', landline: '5' },
  { city: 'Brno', zipcode: '612 00', region: 'Jihomoravský kraj', short: 'Brno', landline: '5' },
  { city: 'Ostrava', zipcode: '702 00', region: 'Moravskoslezský kraj', short: 'Ostrava', landline: '59' },
  { city: 'Plzeň', zipcode: '301 00', region: 'Plzeňský kraj', short: 'Plzeň', landline: '37' },
  { city: 'Liberec', zipcode: '460 01', region: 'Liberecký kraj', short: 'Liberec', landline: '48' },
  { city: 'Olomouc', zipcode: '779 00', region: 'Olomoucký kraj', short: 'Haná', landline: '58' },
  {
    city: 'České Budějovice',
    zipcode: '370 01',
    region: 'Jihočeský kraj',
    short: 'Budějovice',
    landline: '38',
  },
  {
    city: 'Hradec Králové',
    zipcode: '500 02',
    region: 'Královéhradecký kraj',
    short: 'Hradec',
    landline: '49',
  },
  { city: 'Pardubice', zipcode: '530 02', region: 'Pardubický kraj', short: 'Pardubice', landline: '46' },
  { city: 'Ústí nad Labem', zipcode: '400 01', region: 'Ústecký kraj', short: 'Labe', landline: '47' },
  { city: 'Zlín', zipcode: '760 01', region: 'Zlínský kraj', short: 'Zlín', landline: '57' },
  { city: 'Jihlava', zipcode: '586 01', region: 'Kraj Vysočina', short: 'Vysočina', landline: '56' },
  { city: 'Žďár nad Sázavou', zipcode: '591 01', region: 'Kraj Vysočina', short: 'Žďár', landline: '56' },
  { city: 'Karlovy Vary', zipcode: '360 01', region: 'Karlovarský kraj', short: 'Vary', landline: '35' },
  { city: 'Kladno', zipcode: '272 01', region: 'Středočeský kraj', short: 'Kladno', landline: '31' },
  {
    city: 'Mladá Boleslav',
    zipcode: '293 01',
    region: 'Středočeský kraj',
    short: 'Boleslav',
    landline: '32',
  },
  { city: 'Kolín', zipcode: '280 02', region: 'Středočeský kraj', short: 'Kolín', landline: '32' },
  { city: 'Třebíč', zipcode: '674 01', region: 'Kraj Vysočina', short: 'Třebíč', landline: '56' },
  { city: 'Přerov', zipcode: '750 02', region: 'Olomoucký kraj', short: 'Přerov', landline: '58' },
  {
    city: 'Frýdek-Místek',
    zipcode: '738 01',
    region: 'Moravskoslezský kraj',
    short: 'Beskydy',
    landline: '55',
  },
  { city: 'Opava', zipcode: '746 01', region: 'Moravskoslezský kraj', short: 'Opava', landline: '55' },
  { city: 'Tábor', zipcode: '390 02', region: 'Jihočeský kraj', short: 'Tábor', landline: '38' },
  { city: 'Znojmo', zipcode: '669 02', region: 'Jihomoravský kraj', short: 'Znojmo', landline: '51' },
  { city: 'Uherské Hradiště', zipcode: '686 01', region: 'Zlínský kraj', short: 'Slovácko', landline: '57' },
  { city: 'Chrudim', zipcode: '537 01', region: 'Pardubický kraj', short: 'Chrudim', landline: '46' },
  { city: 'Náchod', zipcode: '547 01', region: 'Královéhradecký kraj', short: 'Náchod', landline: '49' },
  { city: 'Prostějov', zipcode: '796 01', region: 'Olomoucký kraj', short: 'Prostějov', landline: '58' },
  { city: 'Kroměříž', zipcode: '767 01', region: 'Zlínský kraj', short: 'Kroměříž', landline: '57' },
  { city: 'Blansko', zipcode: '678 01', region: 'Jihomoravský kraj', short: 'Blansko', landline: '51' },
];

export const SLOVAK_PLACES: readonly Place[] = [
  { city: 'Bratislava', zipcode: '811 01', region: 'Bratislavský kraj', short: 'Bratislava', landline: '2' },
  { city: 'Bratislava', zipcode: '821 09', region: 'Bratislavský kraj', short: 'Dunaj', landline: '2' },
  { city: 'Košice', zipcode: '040 01', region: 'Košický kraj', short: 'Košice', landline: '55' },
  { city: 'Žilina', zipcode: '010 01', region: 'Žilinský kraj', short: 'Žilina', landline: '41' },
  {
    city: 'Banská Bystrica',
    zipcode: '974 01',
    region: 'Banskobystrický kraj',
    short: 'Bystrica',
    landline: '48',
  },
  { city: 'Nitra', zipcode: '949 01', region: 'Nitriansky kraj', short: 'Nitra', landline: '37' },
  { city: 'Trnava', zipcode: '917 01', region: 'Trnavský kraj', short: 'Trnava', landline: '33' },
  { city: 'Prešov', zipcode: '080 01', region: 'Prešovský kraj', short: 'Šariš', landline: '51' },
  { city: 'Trenčín', zipcode: '911 01', region: 'Trenčiansky kraj', short: 'Považie', landline: '32' },
];

export const CZECH_STREETS = [
  'Hlavní',
  'Nádražní',
  'Masarykova',
  'Palackého',
  'Husova',
  'Komenského',
  'Průmyslová',
  'Žižkova',
  'Tyršova',
  'Sokolovská',
  'Riegrova',
  'Havlíčkova',
  'Jiráskova',
  'Na Příkopě',
  'Lidická',
  'Štefánikova',
  'Vídeňská',
  'Průběžná',
  'Za Tratí',
  'U Elektrárny',
  'Zemědělská',
  'Bezručova',
  'Smetanova',
  'Dělnická',
] as const;

export const SLOVAK_STREETS = [
  'Hlavná',
  'Štúrova',
  'Mlynská',
  'Priemyselná',
  'Nám. SNP',
  'Hurbanova',
  'Kollárova',
  'Račianska',
] as const;
