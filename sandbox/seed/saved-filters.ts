/** Saved filters the demo account has set up in Leady's web app. */
import type { SavedFilter } from './types';

export const SAVED_FILTERS: readonly SavedFilter[] = [
  { id: 411, name: 'Identifikované firmy', resource: null, criteria: { sessionType: 'identified' } },
  {
    id: 412,
    name: 'Zájem o ceník',
    resource: 'techmont.cz',
    criteria: { sessionType: 'identified', visitedPageKind: 'pricing' },
  },
  { id: 415, name: 'Dlouhé návštěvy (5+ minut)', resource: null, criteria: { secondsSpentMin: 300 } },
  { id: 418, name: 'Z vyhledávačů', resource: null, criteria: { referrerKinds: ['search'] } },
  {
    id: 420,
    name: 'Aktivní slovenské firmy (5+ stránek)',
    resource: 'techmont.sk',
    criteria: { sessionType: 'identified', companyCountry: 'SK', actionCountMin: 5 },
  },
];
