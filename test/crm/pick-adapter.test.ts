import { describe, expect, it } from 'vitest';
import { chooseAdapter } from '../../lib/content/crm/choose-adapter';
import { allAdapters } from '../../lib/content/crm/pick-adapter';

const id = (href: string, enabled?: Parameters<typeof chooseAdapter>[2]) =>
  chooseAdapter(new URL(href), allAdapters, enabled).adapter.id;

describe('chooseAdapter by host', () => {
  it.each([
    ['https://app.hubspot.com/contacts/1/record/0-2/5', 'hubspot'],
    ['https://app-eu1.hubspot.com/contacts/1/record/0-2/5', 'hubspot'],
    ['https://acme.pipedrive.com/organization/42', 'pipedrive'],
    ['https://acme.lightning.force.com/lightning/r/Account/0015g00000XyZ12AAB/view', 'salesforce'],
    ['https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7', 'raynet'],
    ['https://app.raynet.sk/acme/?view=ListView&en=Company', 'raynet'],
    ['https://eu.raynetcrm.com/acme/?view=ListView&en=Person', 'raynet'],
    ['https://katalog.example.cz/firma/strojirny-zdar', 'generic'],
    ['https://www.hubspot.com/', 'generic'],
    ['https://pipedrive.com.evil.example/organization/1', 'generic'],
  ])('%s → %s', (href, expected) => {
    expect(id(href)).toBe(expected);
  });

  it('falls back to the generic scanner for a CRM whose adapter is not enabled', () => {
    expect(id('https://app.hubspot.com/contacts/1/record/0-2/5', ['pipedrive'])).toBe('generic');
    expect(id('https://app.hubspot.com/contacts/1/record/0-2/5', new Set(['hubspot'] as const))).toBe(
      'hubspot',
    );
    expect(id('http://127.0.0.1:8787/demo/raynet/acme/?view=ListView&en=Company', [])).toBe('generic');
  });
});

describe('chooseAdapter: the CRM-shaped URL', () => {
  it('leaves real CRM URLs as they are', () => {
    const url = new URL('https://acme.pipedrive.com/person/1001');
    const choice = chooseAdapter(url, allAdapters);
    expect(choice.adapter.id).toBe('pipedrive');
    expect(choice.url).toBe(url);
  });

  it('maps sandbox demo pages to the CRM URL they stand for', () => {
    const cases: Array<[string, string, string]> = [
      [
        'http://127.0.0.1:8787/demo/hubspot/contacts/123/record/0-2/5',
        'hubspot',
        'https://app.hubspot.com/contacts/123/record/0-2/5',
      ],
      [
        'http://127.0.0.1:8787/demo/raynet/acme/?view=DetailView&en=Company&ei=7',
        'raynet',
        'https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7',
      ],
      [
        'http://localhost:5173/demo/pipedrive/organization/42#notes',
        'pipedrive',
        'https://demo.pipedrive.com/organization/42#notes',
      ],
      [
        'http://localhost/demo/salesforce/lightning/o/Account/list?filterName=Recent',
        'salesforce',
        'https://demo.lightning.force.com/lightning/o/Account/list?filterName=Recent',
      ],
      ['http://127.0.0.1:8787/demo/hubspot', 'hubspot', 'https://app.hubspot.com/'],
    ];
    for (const [demo, adapter, crm] of cases) {
      const choice = chooseAdapter(new URL(demo), allAdapters);
      expect(choice.adapter.id).toBe(adapter);
      expect(choice.url.href).toBe(crm);
      expect(choice.adapter.matchesUrl(choice.url)).toBe(true);
    }
  });

  it('maps only /demo/<crm>/ on localhost', () => {
    for (const href of [
      'http://127.0.0.1:8787/demo/hubspotx/contacts/1/record/0-2/5',
      'http://127.0.0.1:8787/demos/hubspot/contacts/1/record/0-2/5',
      'http://127.0.0.1:8787/x/demo/hubspot/contacts/1',
      'https://evil.example/demo/hubspot/contacts/123/record/0-2/5',
      'http://localhost.evil.example/demo/hubspot/contacts/123/record/0-2/5',
    ]) {
      const url = new URL(href);
      expect(chooseAdapter(url, allAdapters)).toEqual({
        adapter: expect.objectContaining({ id: 'generic' }),
        url,
      });
    }
  });
});
