/**
 * Companies that are in the CRM but never visited the tracked websites: Leady must not badge them.
 * Names and domains are outside the seed's vocabulary (checked by test/sites/demo-pages.test.ts).
 */
import type { DemoCompany } from './cast';

export const UNKNOWN_COMPANIES: readonly DemoCompany[] = [
  { name: 'Kovárna pod Sněžkou s.r.o.', website: 'https://www.kovarna-snezka.example', ico: '25596641' },
  {
    name: 'Včelařství Medový plást a.s.',
    website: 'medovy-plast.example',
    email: 'info@medovy-plast.example',
  },
  { name: 'Lodní doprava Vltava-Labe, družstvo', website: 'https://lodni-doprava-vl.example/' },
  { name: 'Horolezecké potřeby Tatry s. r. o.', website: 'www.horolezecke-tatry.example', ico: '36541818' },
  { name: 'Optika Dalekohled spol. s r.o.' },
];
