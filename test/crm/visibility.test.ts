import { describe, expect, it } from 'vitest';
import { isPlatformHost } from '../../lib/content/crm/platform-hosts';
import { createScope } from '../../lib/content/crm/query';
import { isHidden } from '../../lib/content/crm/visibility';
import { loadHtml } from './load-page';

function hiddenById(html: string, extra?: string): Record<string, boolean> {
  const { doc } = loadHtml(html, 'https://example.cz/');
  return Object.fromEntries(Array.from(doc.querySelectorAll('[id]'), (el) => [el.id, isHidden(el, extra)]));
}

describe('isHidden', () => {
  it('sees hidden, aria-hidden and inline display/visibility on any ancestor', () => {
    expect(
      hiddenById(`
        <div hidden><b id="a"></b></div>
        <div aria-hidden="true"><b id="b"></b></div>
        <div aria-hidden="false"><b id="c"></b></div>
        <div style="color: red; DISPLAY : none !important"><b id="d"></b></div>
        <div style="visibility:hidden"><b id="e"></b></div>
        <div style="overflow: hidden; border: none; display: block"><b id="f"></b></div>
        <div style="display: none-ish-not-css"><b id="g"></b></div>
        <div style="border: none"><div style="display:none"><b id="h"></b></div></div>`),
    ).toEqual({ a: true, b: true, c: false, d: true, e: true, f: false, g: false, h: true });
  });

  it('adds an app selector and crosses shadow-root boundaries', () => {
    const { doc } = loadHtml(
      '<div class="slds-hide"><i id="x"></i></div><div hidden><p id="host"></p></div>',
      'https://example.cz/',
    );
    expect(isHidden(doc.querySelector('#x')!)).toBe(false);
    expect(isHidden(doc.querySelector('#x')!, '.slds-hide')).toBe(true);
    const shadow = doc.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>inside</span>';
    expect(isHidden(shadow.querySelector('span')!)).toBe(true);
  });
});

describe('createScope', () => {
  it('tries alternatives in order and takes the first with a visible match', () => {
    const { doc } = loadHtml(
      '<p hidden class="new">old view</p><p class="old">visible</p>',
      'https://example.cz/',
    );
    const scope = createScope(doc);
    expect(scope.first(['.new', '.old'])?.textContent).toBe('visible');
    expect(scope.all(['.missing', '.new', '.old'])).toHaveLength(1);
    expect(scope.first(['.missing'])).toBeUndefined();
  });
});

describe('isPlatformHost', () => {
  it('knows social, maps and search hosts, not companies', () => {
    for (const host of [
      'www.facebook.com',
      'cz.linkedin.com',
      'www.google.cz',
      'maps.google.co.uk',
      'mapy.cz',
      'youtu.be',
      'www.firmy.cz',
      'or.justice.cz',
      'cz.pinterest.com',
      'wa.me',
    ]) {
      expect(isPlatformHost(host), host).toBe(true);
    }
    for (const host of ['www.strojirny-zdar.cz', 'googleplex.example', 'seznam.cz']) {
      expect(isPlatformHost(host), host).toBe(false);
    }
  });
});
