/** Invariants every adapter keeps on every saved page. */
import { describe, expect, it } from 'vitest';
import { chooseAdapter } from '../../lib/content/crm/choose-adapter';
import { allAdapters } from '../../lib/content/crm/pick-adapter';
import { readTitle } from '../../lib/content/crm/text';
import type { PageFinding } from '../../lib/content/crm/types';
import { isHidden } from '../../lib/content/crm/visibility';
import { fixturePages } from './fixture-pages';
import { clueView, loadFixture } from './load-page';

function clueStrings(findings: readonly PageFinding[]): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') for (const inner of Object.values(value)) walk(inner);
  };
  for (const finding of findings) walk(finding.clues);
  return strings;
}

describe.each(fixturePages)('$file', ({ file, url }) => {
  it('is read by its own adapter', () => {
    const { adapter } = chooseAdapter(new URL(url), allAdapters);
    expect(file.startsWith(adapter.id)).toBe(true);
  });

  it('yields findings with one visible, connected anchor each and leaves the DOM untouched', () => {
    const page = loadFixture(file, url);
    const before = page.doc.documentElement.outerHTML;
    const { adapter, url: crmUrl } = chooseAdapter(page.url, allAdapters);
    const findings = adapter.scan(page.doc, crmUrl);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((finding) => finding.anchor)).size).toBe(findings.length);
    for (const { anchor } of findings) {
      expect(page.doc.contains(anchor) || anchor.getRootNode() !== anchor).toBe(true);
      expect(isHidden(anchor)).toBe(false);
    }
    expect(page.doc.documentElement.outerHTML).toBe(before);
    expect(clueView(adapter.scan(page.doc, crmUrl))).toEqual(clueView(findings));
  });

  it('gives each row and record one finding of its own, at the company name, and groups the rest with it', () => {
    const page = loadFixture(file, url);
    const { adapter, url: crmUrl } = chooseAdapter(page.url, allAdapters);
    const findings = adapter.scan(page.doc, crmUrl);
    const own = findings.filter((finding) => finding.role !== 'mention');
    expect(own.filter((finding) => finding.role === 'record').length).toBeLessThanOrEqual(1);
    for (const finding of own) {
      // The badge sits beside the name the finding carries, never beside its website or e-mail.
      if (finding.kind === 'company' && finding.clues.name) {
        expect(readTitle(finding.anchor)).toBe(finding.clues.name);
      }
      if (finding.role !== 'row') continue;
      const row = finding.anchor.closest('tr, [role="row"], li');
      for (const other of findings) {
        if (other === finding || !row?.contains(other.anchor)) continue;
        // Another finding in the row is a mention grouped with the row's, never a second row finding.
        expect(other.role, `${file}: ${JSON.stringify(other.clues)}`).toBe('mention');
        expect(other.group, `${file}: ${JSON.stringify(other.clues)}`).toBe(row);
      }
    }
  });

  it('keeps hostile content as capped text', () => {
    const page = loadFixture(file, url);
    const { adapter, url: crmUrl } = chooseAdapter(page.url, allAdapters);
    const strings = clueStrings(adapter.scan(page.doc, crmUrl));
    for (const value of strings) {
      expect(value.length).toBeLessThanOrEqual(300);
      expect(value).toBe(value.trim());
      expect(value).not.toMatch(/javascript:|\s{2}/i);
    }
    expect(page.doc.querySelectorAll('img[src="x"], script:not([src])[onerror]')).toHaveLength(0);
  });

  it('reads the same when served by the sandbox under /demo/', () => {
    const real = new URL(url);
    const crm = file.split('-')[0] ?? '';
    if (crm === 'generic') return;
    const demo = `http://127.0.0.1:8787/demo/${crm}${real.pathname}${real.search}`;
    const direct = loadFixture(file, url);
    const viaDemo = loadFixture(file, demo);
    const choice = chooseAdapter(viaDemo.url, allAdapters);
    expect(choice.adapter.id).toBe(crm);
    expect(clueView(choice.adapter.scan(viaDemo.doc, choice.url))).toEqual(
      clueView(chooseAdapter(direct.url, allAdapters).adapter.scan(direct.doc, direct.url)),
    );
  });
});
