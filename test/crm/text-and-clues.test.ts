import { describe, expect, it } from 'vitest';
import { cleanEmail, cleanIco, cleanName, cleanWebsite } from '../../lib/content/crm/clues';
import { fieldMeaning } from '../../lib/content/crm/field-labels';
import { websiteLinkIn } from '../../lib/content/crm/links';
import { collapse, readText, readTitle } from '../../lib/content/crm/text';
import { loadHtml } from './load-page';

describe('collapse', () => {
  it('trims, collapses whitespace and drops invisible and bidi characters', () => {
    expect(collapse('  Strojírny\n\t Žďár\u00a0a.s.  ')).toBe('Strojírny Žďár a.s.');
    expect(collapse('Pek\u200bárna\u202e Novák\u0007')).toBe('Pekárna Novák');
  });

  it('caps long text without splitting a surrogate pair', () => {
    // A page's text is cut at 300 characters, and never in the middle of a surrogate pair.
    expect(collapse('a'.repeat(1000))).toHaveLength(300);
    const capped = collapse(`${'a'.repeat(299)}😀`);
    expect(capped).toBe('a'.repeat(299));
  });
});

describe('readText', () => {
  it('reads text, never markup, and skips scripts and assistive text', () => {
    const { doc } = loadHtml(
      `<div id="v"><span class="slds-assistive-text">Otevřít</span>&lt;b&gt;Jan&lt;/b&gt;<script>evil()</script><div>Novák</div></div>
       <input id="i" value="  Strojírny   Žďár ">
       <div id="t" data-testid="header-title"><textarea>Pekárna Novák s.r.o.</textarea></div>`,
      'https://example.cz/',
    );
    expect(readText(doc.querySelector('#v')!)).toBe('<b>Jan</b> Novák');
    expect(readText(doc.querySelector('#i')!)).toBe('Strojírny Žďár');
    expect(readTitle(doc.querySelector('#t')!)).toBe('Pekárna Novák s.r.o.');
  });
});

describe('clue cleaners', () => {
  it('accepts websites as hosts or http(s) URLs only', () => {
    expect(cleanWebsite('strojirny-zdar.cz')).toBe('strojirny-zdar.cz');
    expect(cleanWebsite(' www.strojirny-zdar.cz/kontakt ')).toBe('www.strojirny-zdar.cz/kontakt');
    expect(cleanWebsite('https://žďár.cz')).toBe('https://žďár.cz');
    expect(cleanWebsite('HTTP://PEKARNA-NOVAK.CZ')).toBe('HTTP://PEKARNA-NOVAK.CZ');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:jan@firma.cz',
      '<img src=x onerror=alert(1)>',
      'https://user:pass@firma.cz',
      'http://localhost',
      'Brněnská 12, Žďár',
      '--',
      '',
    ]) {
      expect(cleanWebsite(bad), bad).toBeUndefined();
    }
  });

  it('finds the e-mail address in text or a mailto href', () => {
    expect(cleanEmail('jan.novak@strojirny-zdar.cz (Práce)')).toBe('jan.novak@strojirny-zdar.cz');
    expect(cleanEmail('mailto:Jan.Novak@strojirny-zdar.cz?subject=Nab%C3%ADdka')).toBe(
      'Jan.Novak@strojirny-zdar.cz',
    );
    expect(cleanEmail('mailto:petra%40pekarna-novak.cz')).toBe('petra@pekarna-novak.cz');
    expect(cleanEmail('E-mail: <info@firma.cz>')).toBe('info@firma.cz');
    expect(cleanEmail('no address here')).toBeUndefined();
    expect(cleanEmail('mailto:%E0%A4%A')).toBeUndefined();
  });

  it('accepts IČOs of 6 to 8 digits, spaces allowed', () => {
    expect(cleanIco('27082539')).toBe('27082539');
    expect(cleanIco(' 270 82 539 ')).toBe('270 82 539');
    expect(cleanIco('634981')).toBe('634981');
    for (const bad of ['CZ27082539', '12345', '123456789', '2708-2539', '-'])
      expect(cleanIco(bad), bad).toBeUndefined();
  });

  it('rejects names without letters or digits', () => {
    expect(cleanName('—')).toBeUndefined();
    expect(cleanName(' Jan  Novák ')).toBe('Jan Novák');
  });
});

describe('fieldMeaning', () => {
  it('recognises Czech and English labels', () => {
    expect(fieldMeaning('IČO')).toBe('ico');
    expect(fieldMeaning('IČ:')).toBe('ico');
    expect(fieldMeaning('Company ID')).toBe('ico');
    expect(fieldMeaning('Registration number')).toBe('ico');
    expect(fieldMeaning('ID No.')).toBe('ico');
    expect(fieldMeaning('Web')).toBe('website');
    expect(fieldMeaning('Webové stránky *')).toBe('website');
    expect(fieldMeaning('Email (Work)')).toBe('email');
    expect(fieldMeaning('E-mail')).toBe('email');
    expect(fieldMeaning('DIČ')).toBeUndefined();
    expect(fieldMeaning('IČ DPH')).toBeUndefined();
    expect(fieldMeaning('Adresa')).toBeUndefined();
  });
});

describe('websiteLinkIn', () => {
  it("skips a row's social and directory links for its website", () => {
    const { doc, url } = loadHtml(
      `<table><tr id="row">
        <td><a href="https://www.facebook.com/strojirny.zdar">Facebook</a></td>
        <td><a href="https://www.firmy.cz/detail/123-strojirny.html">Firmy.cz</a></td>
        <td><a href="https://www.strojirny-zdar.cz/kontakt">strojirny-zdar.cz</a></td>
      </tr><tr id="only-social"><td><a href="https://cz.pinterest.com/zdar/">Pinterest</a></td></tr></table>`,
      'https://app.pipedrive.com/organization/1',
    );
    expect(websiteLinkIn(doc.querySelector('#row')!, url)?.value).toBe(
      'https://www.strojirny-zdar.cz/kontakt',
    );
    expect(websiteLinkIn(doc.querySelector('#only-social')!, url)).toBeUndefined();
  });
});
