/**
 * User-added CRM sites: origin checks, run-time content-script registration, the stored list, and
 * restoring registrations on worker start. The fake browser has no `scripting`/`permissions`, so a
 * small in-memory registry stands in for Chrome's.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings } from '../../lib/runtime/storage-items';
import { originMatchPattern, parseSiteOrigin } from '../../lib/shared/sites/origin';
import { createSiteService } from '../../lib/worker/page-requests/sites';
import { registerSiteScript, restoreSiteScripts } from '../../lib/worker/sites/registration';

type Registered = Parameters<typeof fakeBrowser.scripting.registerContentScripts>[0][number];

let registered: Map<string, Registered>;
let granted: Set<string>;

beforeEach(() => {
  registered = new Map();
  granted = new Set();
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => [
    ...registered.values(),
  ]);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const script of scripts) {
      if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      registered.set(script.id, script);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? []) registered.delete(id);
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) =>
    (origins ?? []).every((origin) => granted.has(origin)),
  );
});

describe('site origins', () => {
  it.each([
    ['https://crm.example.com', 'https://crm.example.com'],
    ['https://CRM.Example.com/', 'https://crm.example.com'],
    ['  http://intranet:8080  ', 'http://intranet:8080'],
    ['https://crm.example.com:443', 'https://crm.example.com'],
  ])('accepts %s as %s', (input, origin) => {
    expect(parseSiteOrigin(input)).toBe(origin);
  });

  it.each([
    'crm.example.com',
    'ftp://crm.example.com',
    'javascript:alert(1)',
    'https://crm.example.com/accounts',
    'https://crm.example.com/?a=1',
    'https://crm.example.com/#x',
    'https://user:pw@crm.example.com',
    'https://*.example.com',
    'file:///etc/passwd',
    '',
    42,
  ])('refuses %s', (input) => {
    expect(() => parseSiteOrigin(input)).toThrow(expect.objectContaining({ kind: 'validation' }));
  });

  it('matches every page of the host, whatever the port', () => {
    expect(originMatchPattern('http://intranet:8080')).toBe('http://intranet/*');
  });
});

/** Registered scripts persist across browser restarts, so their ids are pinned here as stored. */
describe('sites.enable / sites.disable', () => {
  it('registers the content script for a granted origin and remembers it', async () => {
    granted.add('https://crm.example.com/*');
    const sites = createSiteService();
    await expect(sites.enable('https://crm.example.com')).resolves.toEqual({
      origins: ['https://crm.example.com'],
    });
    expect([...registered.values()]).toEqual([
      expect.objectContaining({
        id: 'leady-site-https_3a_2f_2fcrm.example.com',
        matches: ['https://crm.example.com/*'],
        js: ['content-scripts/generic.js'],
        persistAcrossSessions: true,
      }),
    ]);
    // Enabling twice changes nothing.
    await expect(sites.enable('https://crm.example.com')).resolves.toEqual({
      origins: ['https://crm.example.com'],
    });
    expect(registered.size).toBe(1);
    expect((await readSettings()).customOrigins).toEqual(['https://crm.example.com']);
  });

  it('refuses an origin without its host permission, and built-in CRMs', async () => {
    const sites = createSiteService();
    await expect(sites.enable('https://crm.example.com')).rejects.toMatchObject({
      kind: 'forbidden',
    });
    granted.add('https://app.hubspot.com/*');
    await expect(sites.enable('https://app.hubspot.com')).rejects.toMatchObject({
      kind: 'validation',
    });
    expect(registered.size).toBe(0);
    expect((await readSettings()).customOrigins).toEqual([]);
  });

  it('keeps two quick enables from losing one another', async () => {
    granted.add('https://a.example.com/*');
    granted.add('https://b.example.com/*');
    const sites = createSiteService();
    await Promise.all([sites.enable('https://a.example.com'), sites.enable('https://b.example.com')]);
    expect((await readSettings()).customOrigins).toEqual(['https://a.example.com', 'https://b.example.com']);
  });

  it('unregisters and forgets a disabled origin', async () => {
    granted.add('https://crm.example.com/*');
    granted.add('https://other.example.com/*');
    const sites = createSiteService();
    await sites.enable('https://crm.example.com');
    await sites.enable('https://other.example.com');
    await expect(sites.disable('https://crm.example.com')).resolves.toEqual({
      origins: ['https://other.example.com'],
    });
    expect([...registered.keys()]).toEqual(['leady-site-https_3a_2f_2fother.example.com']);
  });
});

describe('restoring registrations at worker start', () => {
  it('registers missing origins that are still granted and removes stale registrations', async () => {
    granted.add('https://kept.example.com/*');
    granted.add('https://missing.example.com/*');
    const stale = 'leady-site-https_3a_2f_2fremoved.example.com';
    registered.set(stale, {
      id: stale,
      matches: ['https://removed.example.com/*'],
      js: ['content-scripts/generic.js'],
    });
    registered.set('someone-else', {
      id: 'someone-else',
      matches: ['https://x.example/*'],
      js: ['other.js'],
    });
    await restoreSiteScripts([
      'https://kept.example.com',
      'https://missing.example.com',
      'https://revoked.example.com',
    ]);
    expect([...registered.keys()].sort()).toEqual(
      [
        'someone-else',
        'leady-site-https_3a_2f_2fkept.example.com',
        'leady-site-https_3a_2f_2fmissing.example.com',
      ].sort(),
    );
  });

  it('gives every origin its own id', async () => {
    const origins = [
      'https://a-b.example.com',
      'https://a_b.example.com',
      'http://intranet:8080',
      'http://intranet:8081',
    ];
    for (const origin of origins) await registerSiteScript(origin);
    expect(registered.size).toBe(origins.length);
    for (const id of registered.keys()) expect(id).toMatch(/^leady-site-[\w.-]+$/);
  });
});
