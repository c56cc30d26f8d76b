/**
 * Loads saved HTML into a happy-dom document, as a content script would see the page. Scripts,
 * stylesheets and subresources are never loaded or run: fixtures stay inert text.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach } from 'vitest';

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
