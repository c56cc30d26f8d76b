/**
 * Loads saved HTML into a happy-dom document, as a content script would see the page. Scripts,
 * stylesheets and subresources are never loaded or run: fixtures stay inert text.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach } from 'vitest';
import type { CrmAdapter } from '../../lib/content/crm/types';
import { fixturePages } from './fixture-pages';

const windows: Window[] = [];

afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

export interface LoadedPage {
  doc: Document;
  url: URL;
  window: Window;
}

/** Parses `html` in a window at `url` (the CRM URL the page was saved from). */
export function loadHtml(html: string, url: string): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  windows.push(window);
  // happy-dom's Document implements the DOM the adapters use; its own type is a separate class.
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, url: new URL(url), window };
}

export function readFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/crm/${name}`, import.meta.url), 'utf8');
}

/** Loads `test/fixtures/crm/<name>` as saved from `url`. */
export function loadFixture(name: string, url: string): LoadedPage {
  return loadHtml(readFixture(name), url);
}

/** What the matcher receives, in page order, without the anchors (asserted by identity instead). */
export function clueView(findings: ReadonlyArray<{ kind: string; role: string; clues: unknown }>) {
  return findings.map(({ kind, role, clues }) => ({ kind, role, clues }));
}

/**
 * How `adapter` takes `url`, as seen in what it reads from the saved page `file` open there: each
 * finding's "kind role" ("company record", "person row"), once, in page order. Nothing: it does
 * not read pages at that URL.
 */
export function readingAt(adapter: CrmAdapter, file: string, url: string): string[] {
  const page = loadFixture(file, url);
  return [...new Set(adapter.scan(page.doc, page.url).map((finding) => `${finding.kind} ${finding.role}`))];
}

/** The saved pages of `adapter`'s CRM it reads anything from at `url` (none: it ignores such URLs). */
export function savedPagesReadAt(adapter: CrmAdapter, url: string): string[] {
  return fixturePages
    .filter(({ file }) => file.startsWith(`${adapter.id}-`) && readingAt(adapter, file, url).length > 0)
    .map(({ file }) => file);
}
