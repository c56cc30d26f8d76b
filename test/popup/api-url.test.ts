import { describe, expect, it } from 'vitest';
import { parseApiBaseUrl, sameApiUrl } from '../../lib/extension-pages/options/api-url';

describe('API base URL from the options page', () => {
  it('normalises an http(s) address and names the permission it needs', () => {
    expect(parseApiBaseUrl(' http://127.0.0.1:8787/v1?x=1#y ')).toEqual({
      ok: true,
      url: 'http://127.0.0.1:8787/v1/',
      origin: 'http://127.0.0.1:8787',
      pattern: 'http://127.0.0.1/*',
    });
    expect(parseApiBaseUrl('https://proxy.firma.cz/leady').ok).toBe(true);
  });

  it.each([
    '',
    'api.leady.com/v1/',
    'ftp://x/',
    'javascript:alert(1)',
    'https://user:pw@api.leady.com/',
    'https://',
  ])('refuses %j', (value) => {
    expect(parseApiBaseUrl(value).ok).toBe(false);
  });

  it('refuses plain http for any host but this computer, saying why', () => {
    for (const value of [
      'http://api.leady.com/v1/',
      'http://proxy.firma.cz/leady',
      'http://10.0.0.5:8787/v1/',
    ]) {
      expect(parseApiBaseUrl(value)).toEqual({ ok: false, reason: 'insecure' });
    }
    expect(parseApiBaseUrl('ftp://x/')).toEqual({ ok: false, reason: 'invalid' });
    for (const value of ['http://localhost:8787/v1/', 'http://127.0.0.1/v1/', 'http://[::1]:8787/v1/']) {
      expect(parseApiBaseUrl(value).ok).toBe(true);
    }
  });

  it('compares normalised addresses', () => {
    expect(sameApiUrl('https://api.leady.com/v1', 'https://api.leady.com/v1/')).toBe(true);
    expect(sameApiUrl('https://api.leady.com/v1/', 'http://api.leady.com/v1/')).toBe(false);
    expect(sameApiUrl(undefined, 'https://api.leady.com/v1/')).toBe(false);
  });
});
