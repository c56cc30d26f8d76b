/** Every saved CRM page with the URL it was saved from, for tests that run over all of them. */
export const fixturePages = [
  {
    file: 'hubspot-company-record.html',
    url: 'https://app.hubspot.com/contacts/4455667/record/0-2/10123456789',
  },
  { file: 'hubspot-contact-record.html', url: 'https://app.hubspot.com/contacts/4455667/record/0-1/51' },
  {
    file: 'hubspot-company-list.html',
    url: 'https://app.hubspot.com/contacts/4455667/objects/0-2/views/all/list',
  },
  {
    file: 'hubspot-contact-list.html',
    url: 'https://app.hubspot.com/contacts/4455667/objects/0-1/views/all/list',
  },
  {
    file: 'hubspot-company-record-inputs.html',
    url: 'https://app.hubspot.com/contacts/4455667/record/0-2/10123456790',
  },
  { file: 'pipedrive-organization.html', url: 'https://acme.pipedrive.com/organization/42' },
  { file: 'pipedrive-person.html', url: 'https://acme.pipedrive.com/person/1001' },
  {
    file: 'pipedrive-organizations-list.html',
    url: 'https://acme.pipedrive.com/organizations/list/filter/7',
  },
  { file: 'pipedrive-persons-list.html', url: 'https://acme.pipedrive.com/persons/list/filter/3' },
  {
    file: 'salesforce-account.html',
    url: 'https://acme.lightning.force.com/lightning/r/Account/0015g00000XyZ12AAB/view',
  },
  {
    file: 'salesforce-contact.html',
    url: 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000AbC34AAC/view',
  },
  {
    file: 'salesforce-lead.html',
    url: 'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000DeF56AAD/view',
  },
  {
    file: 'salesforce-accounts-list.html',
    url: 'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent',
  },
  {
    file: 'salesforce-aura-contacts-list.html',
    url: 'https://acme.lightning.force.com/lightning/o/Contact/list?filterName=Recent',
  },
  {
    file: 'salesforce-aura-lead.html',
    url: 'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000GhI78AAE/view',
  },
  {
    file: 'salesforce-formula-name-account.html',
    url: 'https://acme.lightning.force.com/lightning/r/Account/0015g00000XyZ16AAB/view',
  },
  { file: 'raynet-company-detail.html', url: 'https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7' },
  { file: 'raynet-person-detail.html', url: 'https://app.raynet.cz/acme/?view=DetailView&en=Person&ei=12' },
  { file: 'raynet-company-list.html', url: 'https://app.raynet.cz/acme/?view=ListView&en=Company' },
  {
    file: 'raynet-company-detail-no-heading.html',
    url: 'https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=8',
  },
  { file: 'generic-company-profile.html', url: 'https://katalog.example.cz/firma/strojirny-zdar' },
  { file: 'generic-plain-table.html', url: 'https://crm.example.cz/firmy' },
  { file: 'generic-orders-table.html', url: 'https://crm.example.cz/zakazky' },
  { file: 'generic-record-heading.html', url: 'https://crm.example.cz/firmy/1' },
  { file: 'generic-record-uppercase.html', url: 'https://crm.example.cz/firmy/7' },
  { file: 'generic-aria-list.html', url: 'https://crm.example.cz/odberatele' },
  { file: 'generic-record-h4.html', url: 'https://crm.example.cz/firmy/9' },
] as const;

/** The saved page `file` and the URL it was saved from; an unlisted file is a mistake in the test. */
export function savedPage(file: string): (typeof fixturePages)[number] {
  const page = fixturePages.find((candidate) => candidate.file === file);
  if (!page) throw new Error(`${file} is not listed in fixture-pages.ts`);
  return page;
}
