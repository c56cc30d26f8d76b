/**
 * The account's tracked websites: a Czech B2B software firm (CRM and invoicing) with a Slovak site
 * and an education portal. Pages without a title model Leady actions that come without one.
 */
import type { Resource } from '../types';

export const RESOURCES: readonly Resource[] = [
  {
    domain: 'techmont.cz',
    name: 'Techmont – CRM a fakturace',
    country: 'CZ',
    siteOrigin: 'https://www.techmont.cz',
    pages: [
      { path: '/', title: 'Techmont – CRM a fakturace pro malé a střední firmy', kind: 'home' },
      { path: '/cenik', title: 'Ceník | Techmont', kind: 'pricing' },
      { path: '/cenik/srovnani-tarifu', title: 'Srovnání tarifů | Techmont', kind: 'pricing' },
      { path: '/produkty/crm', title: 'CRM systém pro obchodníky | Techmont', kind: 'product' },
      { path: '/produkty/fakturace', title: 'Online fakturace a účetní exporty | Techmont', kind: 'product' },
      { path: '/produkty/sklad', title: 'Skladové hospodářství | Techmont', kind: 'product' },
      {
        path: '/produkty/integrace',
        title: 'Integrace s Pohodou, Money S3 a ABRA | Techmont',
        kind: 'product',
      },
      { path: '/reference', title: 'Reference zákazníků | Techmont', kind: 'other' },
      { path: '/reference/strojirny', title: 'Jak CRM pomohlo strojírenské firmě | Techmont', kind: 'other' },
      { path: '/kontakt', title: 'Kontakt | Techmont', kind: 'contact' },
      { path: '/demo', title: 'Objednat ukázku zdarma | Techmont', kind: 'contact' },
      { path: '/o-nas', title: 'O nás | Techmont', kind: 'other' },
      { path: '/kariera', title: 'Kariéra – hledáme obchodníky | Techmont', kind: 'other' },
      { path: '/blog/jak-vybrat-crm', title: 'Jak vybrat CRM pro malou firmu: 7 otázek', kind: 'blog' },
      { path: '/blog/gdpr-v-obchodu', title: 'GDPR v obchodě: co smíte s kontakty', kind: 'blog' },
      { path: '/blog/automatizace-fakturace', title: 'Automatizace fakturace krok za krokem', kind: 'blog' },
      { path: '/blog/e-faktura-2026', title: 'E-faktura od roku 2026: co se mění', kind: 'blog' },
      { path: '/podpora', title: 'Nápověda a podpora', kind: 'other' },
      { path: '/podminky', title: null, kind: 'other' },
      { path: '/dekujeme', title: null, kind: 'contact' },
    ],
  },
  {
    domain: 'techmont.sk',
    name: 'Techmont Slovensko',
    country: 'SK',
    siteOrigin: 'https://www.techmont.sk',
    pages: [
      { path: '/', title: 'Techmont – CRM a fakturácia pre firmy', kind: 'home' },
      { path: '/cennik', title: 'Cenník | Techmont', kind: 'pricing' },
      { path: '/produkty/crm', title: 'CRM systém | Techmont', kind: 'product' },
      { path: '/produkty/fakturacia', title: 'Online fakturácia | Techmont', kind: 'product' },
      { path: '/referencie', title: 'Referencie | Techmont', kind: 'other' },
      { path: '/kontakt', title: 'Kontakt | Techmont', kind: 'contact' },
      { path: '/ukazka', title: 'Objednať ukážku | Techmont', kind: 'contact' },
      { path: '/blog/ako-vybrat-crm', title: 'Ako vybrať CRM pre malú firmu', kind: 'blog' },
      { path: '/blog/e-faktury-na-slovensku', title: 'E-faktúry na Slovensku v roku 2027', kind: 'blog' },
      { path: '/podmienky', title: null, kind: 'other' },
    ],
  },
  {
    domain: 'akademie.techmont.cz',
    name: 'Techmont Akademie',
    country: 'CZ',
    siteOrigin: 'https://akademie.techmont.cz',
    pages: [
      { path: '/', title: 'Techmont Akademie – kurzy obchodu a fakturace', kind: 'home' },
      { path: '/kurzy/', title: 'Kurzy | Techmont Akademie', kind: 'course' },
      { path: '/kurzy/obchodni-proces-v-crm', title: 'Kurz: Obchodní proces v CRM', kind: 'course' },
      { path: '/kurzy/fakturace-pro-zacatecniky', title: 'Kurz: Fakturace pro začátečníky', kind: 'course' },
      { path: '/webinare/', title: 'Webináře | Techmont Akademie', kind: 'course' },
      { path: '/webinare/prodej-b2b-2025', title: 'Webinář: B2B prodej v roce 2025', kind: 'course' },
      {
        path: '/blog/prospecting-bez-studenych-hovoru',
        title: 'Prospecting bez studených hovorů',
        kind: 'blog',
      },
      { path: '/registrace', title: 'Registrace na kurz', kind: 'contact' },
      { path: '/certifikat', title: null, kind: 'other' },
    ],
  },
];
