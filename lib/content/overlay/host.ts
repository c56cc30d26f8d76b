/**
 * Isolated hosts for everything the overlay puts on a page (the bitwarden pattern): a custom-named
 * element with a closed shadow root holding its own styles. The page's CSS cannot reach inside, and
 * `all: initial !important` on `:host` wins over the page's own `!important` rules for the host
 * (important rules of a shadow tree beat the outer document's). Page scripts cannot reach a closed
 * root; only the code that created a host holds its root.
 */

/** Tag names of every overlay host; the page observer ignores mutations of these. */
const HOST_TAGS = ['leady-badge', 'leady-card', 'leady-panel', 'leady-toast'] as const;
export type HostTag = (typeof HOST_TAGS)[number];

export function isOverlayHost(node: Node): boolean {
  return node.nodeType === 1 && (HOST_TAGS as readonly string[]).includes((node as Element).localName);
}

const HOST_CSS = ':host{all:initial!important;visibility:visible!important;opacity:1!important;';

export function createHost(
  tag: HostTag,
  hostCss: string,
  css: string,
): { host: HTMLElement; root: ShadowRoot } {
  // Custom elements cannot be defined from a content script's isolated world; an undefined custom
  // element still takes a shadow root, which is all the isolation needs.
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  const sheet = sharedSheet(hostCss, css);
  if (sheet) {
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = hostStyle(hostCss, css);
    root.append(style);
  }
  return { host, root };
}

/** A host's whole sheet: the isolation every host gets, its own host rules, then its contents' CSS. */
export function hostStyle(hostCss: string, css: string): string {
  return `${HOST_CSS}${hostCss}}${css}`;
}

/** Parsed sheets by host CSS, then by CSS: the callers pass constant strings, so no key is built. */
const sheets = new Map<string, Map<string, CSSStyleSheet | null>>();

/**
 * One parsed stylesheet shared by every host of a kind: a 500-row list gets 500 badges, and 500
 * copies of a <style> element cost measurable time to create and match. Where constructable
 * stylesheets are unavailable to the content script, each host gets its own <style>.
 */
function sharedSheet(hostCss: string, css: string): CSSStyleSheet | null {
  let byCss = sheets.get(hostCss);
  if (!byCss) {
    byCss = new Map();
    sheets.set(hostCss, byCss);
  }
  let sheet = byCss.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(hostStyle(hostCss, css));
    } catch {
      // No constructable sheets in this browser: null tells the caller to use a <style> instead.
      sheet = null;
    }
    byCss.set(css, sheet);
  }
  return sheet;
}
