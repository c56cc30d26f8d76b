import { describe, expect, it } from 'vitest';
import { siteOf } from '../../lib/content/crm/sites';

describe('siteOf: one organisation’s hosts count as one site', () => {
  it.each([
    ['app.raynet.cz', 'raynet.cz'],
    ['www.raynet.cz', 'raynet.cz'],
    ['RAYNET.CZ.', 'raynet.cz'],
    ['eu1.app.hubspot.com', 'hubspot.com'],
    ['shop.firma.co.uk', 'firma.co.uk'],
    ['firma.com.au', 'firma.com.au'],
    ['strojirny-zdar.cz', 'strojirny-zdar.cz'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });
});
