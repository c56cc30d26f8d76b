import { describe, expect, it } from 'vitest';
import { mailtoHref, safeHref, telHref, websiteHref } from '../../lib/extension-pages/safe-href';

describe('safeHref', () => {
  it('keeps http, https, mailto and tel links', () => {
    expect(safeHref('https://www.firma.cz/kontakt')).toBe('https://www.firma.cz/kontakt');
    expect(safeHref('http://firma.cz')).toBe('http://firma.cz/');
    expect(safeHref('mailto:info@firma.cz')).toBe('mailto:info@firma.cz');
    expect(safeHref('tel:+420123456789')).toBe('tel:+420123456789');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'chrome-extension://abc/popup.html',
    '//evil.example/x',
    '/relative/path',
    'https://www.bank.cz@evil.example/',
    'https://user:pw@firma.cz',
    'www.firma.cz',
    'https://',
    '',
    '   ',
  ])('refuses %j', (value) => {
    expect(safeHref(value)).toBeUndefined();
  });

  it('refuses non-strings', () => {
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
  });
});

describe('websiteHref', () => {
  it('assumes https for a bare host, keeps a given http(s) URL', () => {
    expect(websiteHref('www.firma.cz')).toBe('https://www.firma.cz/');
    expect(websiteHref('firma.cz/o-nas')).toBe('https://firma.cz/o-nas');
    expect(websiteHref('http://firma.cz')).toBe('http://firma.cz/');
    expect(websiteHref('https://žluťoučký-kůň.cz')).toMatch(/^https:\/\/xn--/);
  });

  it('never links other schemes or text that is not a host', () => {
    expect(websiteHref('javascript:alert(1)')).toBeUndefined();
    expect(websiteHref('mailto:info@firma.cz')).toBeUndefined();
    expect(websiteHref('Firma s.r.o.')).toBeUndefined();
    expect(websiteHref('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(websiteHref('https://user:pw@firma.cz')).toBeUndefined();
    expect(websiteHref('<img src=x onerror=alert(1)>')).toBeUndefined();
    expect(websiteHref(undefined)).toBeUndefined();
  });
});

describe('mailtoHref and telHref', () => {
  it('link plain addresses and phone numbers', () => {
    expect(mailtoHref(' info@firma.cz ')).toBe('mailto:info@firma.cz');
    expect(telHref('+420 601 123 456')).toBe('tel:+420601123456');
    expect(telHref('(02) 123-456')).toBe('tel:02123456');
  });

  it('refuse anything that could smuggle a scheme, headers or script', () => {
    expect(mailtoHref('javascript:alert(1)')).toBeUndefined();
    expect(mailtoHref('a@b.cz?bcc=all@firma.cz')).toBeUndefined();
    expect(mailtoHref('not an email')).toBeUndefined();
    expect(telHref('javascript:alert(1)')).toBeUndefined();
    expect(telHref('12')).toBeUndefined();
    expect(telHref('call me')).toBeUndefined();
  });
});
