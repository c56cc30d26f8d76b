/**
 * Records that try to break a UI: markup in text fields, a javascript: link, an overlong name and a
 * right-to-left name. They are ordinary companies in every other way (IČO, sessions, persons), so UI
 * tests meet them on the normal paths and can check they are shown inertly.
 */
import type { CountryCode } from './code-lists';

export interface HostileSpec {
  key: 'htmlName' | 'javascriptWebsite' | 'longName' | 'rtlName';
  name: string;
  website: string | null;
  email: string | null;
  country: CountryCode;
  /** Contact person names; also test markup in list items. */
  contactPersons: readonly string[];
  address: string | null;
}

const LONG_NAME_WORDS =
  'Společenství pro rozvoj, výzkum, inovace, vzdělávání a mezinárodní spolupráci v oblasti strojírenství, ' +
  'elektrotechniky, automatizace průmyslové výroby, logistiky, obnovitelných zdrojů energie, udržitelného ' +
  'stavebnictví a digitalizace malých a středních podniků Moravskoslezského, Zlínského a Olomouckého kraje';

export const HOSTILE_COMPANIES: readonly HostileSpec[] = [
  {
    key: 'htmlName',
    name: '<img src=x onerror=alert(1)>',
    website: 'https://www.xss-test.cz',
    email: 'info@xss-test.cz',
    country: 'CZ',
    contactPersons: ['<script>alert("person")</script>', 'Ing. Jan <b>Tučný</b>'],
    address: '"><svg onload=alert(1)> 12',
  },
  {
    key: 'javascriptWebsite',
    name: 'Odkazy Test s.r.o.',
    website: 'javascript:alert(1)',
    email: 'javascript:alert(1)',
    country: 'CZ',
    contactPersons: ['Mgr. Eva Odkazová'],
    address: 'Testovací 1',
  },
  {
    key: 'longName',
    name: `${LONG_NAME_WORDS}, z.s.`,
    website: 'https://www.spolecenstvi-pro-rozvoj-vyzkum-inovace-a-mezinarodni-spolupraci.cz',
    email: 'sekretariat@spolecenstvi-pro-rozvoj-vyzkum-inovace-a-mezinarodni-spolupraci.cz',
    country: 'CZ',
    contactPersons: ['prof. Ing. Bohumil Dlouhý, CSc., dr. h. c.'],
    address: 'Třída Svobody 1234/56',
  },
  {
    key: 'rtlName',
    name: 'شركة الأفق للتجارة والتوزيع ذ.م.م',
    website: 'https://alufuq.example',
    email: null,
    country: 'CZ',
    contactPersons: ['محمد العلي'],
    address: 'Vinohradská 2000/1',
  },
];
