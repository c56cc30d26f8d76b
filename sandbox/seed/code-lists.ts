/**
 * The turnovers and magnitudes code lists. Company `turnover` / `magnitude` labels are taken from
 * these exact entries, so a client can map a label back to its numeric band. Czech companies use the
 * CZK bands, Slovak ones the EUR bands and Slovak wording (the `country` filter picks one set).
 */

export type CountryCode = 'CZ' | 'SK';

export interface CodeListEntry {
  id: number;
  name: string;
  min: number;
  /** null: open-ended top band. */
  max: number | null;
  /** Not in the contract; extra fields must be ignored by clients, and it explains the filter. */
  country: CountryCode;
}

export const TURNOVERS: readonly CodeListEntry[] = [
  { id: 1, name: 'do 1 mil. Kč', min: 0, max: 1_000_000, country: 'CZ' },
  { id: 2, name: '1 – 5 mil. Kč', min: 1_000_000, max: 5_000_000, country: 'CZ' },
  { id: 3, name: '5 – 10 mil. Kč', min: 5_000_000, max: 10_000_000, country: 'CZ' },
  { id: 4, name: '10 – 50 mil. Kč', min: 10_000_000, max: 50_000_000, country: 'CZ' },
  { id: 5, name: '50 – 100 mil. Kč', min: 50_000_000, max: 100_000_000, country: 'CZ' },
  { id: 6, name: '100 – 500 mil. Kč', min: 100_000_000, max: 500_000_000, country: 'CZ' },
  { id: 7, name: '500 mil. – 1 mld. Kč', min: 500_000_000, max: 1_000_000_000, country: 'CZ' },
  { id: 8, name: 'nad 1 mld. Kč', min: 1_000_000_000, max: null, country: 'CZ' },
  { id: 101, name: 'do 100 tis. €', min: 0, max: 100_000, country: 'SK' },
  { id: 102, name: '100 tis. – 1 mil. €', min: 100_000, max: 1_000_000, country: 'SK' },
  { id: 103, name: '1 – 2 mil. €', min: 1_000_000, max: 2_000_000, country: 'SK' },
  { id: 104, name: '2 – 10 mil. €', min: 2_000_000, max: 10_000_000, country: 'SK' },
  { id: 105, name: '10 – 50 mil. €', min: 10_000_000, max: 50_000_000, country: 'SK' },
  { id: 106, name: 'nad 50 mil. €', min: 50_000_000, max: null, country: 'SK' },
];

/** Employee-count bands as the Czech Statistical Office and the Slovak register word them. */
export const MAGNITUDES: readonly CodeListEntry[] = [
  { id: 1, name: 'bez zaměstnanců', min: 0, max: 0, country: 'CZ' },
  { id: 2, name: '1 – 5 zaměstnanců', min: 1, max: 5, country: 'CZ' },
  { id: 3, name: '6 – 9 zaměstnanců', min: 6, max: 9, country: 'CZ' },
  { id: 4, name: '10 – 19 zaměstnanců', min: 10, max: 19, country: 'CZ' },
  { id: 5, name: '20 – 24 zaměstnanců', min: 20, max: 24, country: 'CZ' },
  { id: 6, name: '25 – 49 zaměstnanců', min: 25, max: 49, country: 'CZ' },
  { id: 7, name: '50 – 99 zaměstnanců', min: 50, max: 99, country: 'CZ' },
  { id: 8, name: '100 – 199 zaměstnanců', min: 100, max: 199, country: 'CZ' },
  { id: 9, name: '200 – 249 zaměstnanců', min: 200, max: 249, country: 'CZ' },
  { id: 10, name: '250 – 499 zaměstnanců', min: 250, max: 499, country: 'CZ' },
  { id: 11, name: '500 – 999 zaměstnanců', min: 500, max: 999, country: 'CZ' },
  { id: 12, name: '1000 – 4999 zaměstnanců', min: 1000, max: 4999, country: 'CZ' },
  { id: 13, name: '5000 a více zaměstnanců', min: 5000, max: null, country: 'CZ' },
  { id: 101, name: 'bez zamestnancov', min: 0, max: 0, country: 'SK' },
  { id: 102, name: '1 – 4 zamestnanci', min: 1, max: 4, country: 'SK' },
  { id: 103, name: '5 – 9 zamestnancov', min: 5, max: 9, country: 'SK' },
  { id: 104, name: '10 – 19 zamestnancov', min: 10, max: 19, country: 'SK' },
  { id: 105, name: '20 – 49 zamestnancov', min: 20, max: 49, country: 'SK' },
  { id: 106, name: '50 – 99 zamestnancov', min: 50, max: 99, country: 'SK' },
  { id: 107, name: '100 – 249 zamestnancov', min: 100, max: 249, country: 'SK' },
  { id: 108, name: '250 – 499 zamestnancov', min: 250, max: 499, country: 'SK' },
  { id: 109, name: '500 – 999 zamestnancov', min: 500, max: 999, country: 'SK' },
  { id: 110, name: '1000 a viac zamestnancov', min: 1000, max: null, country: 'SK' },
];

export function codeListFor(list: readonly CodeListEntry[], country: CountryCode): CodeListEntry[] {
  return list.filter((entry) => entry.country === country);
}
