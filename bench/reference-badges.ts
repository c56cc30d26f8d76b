/**
 * The floor under the badge figure, measured in the same run: on a host where no content script
 * runs, a script of the page itself puts 500 badges beside the company names the instant the page's
 * load is on screen (the frame after its load event): the shipped badge box and styles in a closed
 * shadow root each, as the overlay builds them, but no injection, no reading of the page, no
 * question to the worker. What that costs over the page's own load (creating the boxes, then
 * restyling and laying out the CRM's table a second time) is what any annotation that waits for
 * its data pays on this machine, whatever the extension does. Put in before the page's first
 * layout, the same badges cost ~30 ms: an extension cannot have its answers that early.
 */
import { hostStyle } from '../lib/content/overlay/host';
import { BADGE_CSS, BADGE_HOST } from '../lib/shared/overlay/styles';
import { scriptCalling } from './page-script';

/** Where the reference runs (mapped to 127.0.0.1 like the page; the content script skips it). */
export const REFERENCE_HOST = 'reference.test';

/** The shipped badge box and styles, in the overlay's `:host` isolation. */
export const REFERENCE_BADGE_CSS = hostStyle(BADGE_HOST, BADGE_CSS);

/**
 * Puts one badge after each listed company name whose `matched` entry is true (all when absent)
 * and counts them like the extension's test hooks, so frame-clock.ts takes the frame that shows
 * them. Serialized into the page (here) and into bare-extension.ts's content script: self-contained.
 */
export function putReferenceBadges(css: string, matched?: boolean[]): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const names = document.querySelectorAll('[data-test-id="truncated-object-label"]');
  names.forEach((name, i) => {
    if (matched && !matched[i]) return;
    const badge = document.createElement('leady-badge');
    const root = badge.attachShadow({ mode: 'closed', delegatesFocus: true });
    root.adoptedStyleSheets = [sheet];
    root.innerHTML =
      '<span class="matched"><button type="button" aria-label="Leady"><span class="m"></span><span class="n" data-n="3"></span></button></span>';
    (name.closest('a') ?? name).after(badge);
  });
  document.documentElement.dataset.leadyBadges = String(document.querySelectorAll('leady-badge').length);
}

function insertReferenceBadges(host: string, css: string, put: typeof putReferenceBadges): void {
  if (location.hostname !== host) return;
  // As frame-clock.ts: a message posted from a frame's callback is handled once that frame is done.
  addEventListener(
    'load',
    () =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => put(css);
        channel.port2.postMessage(null);
      }),
    { once: true },
  );
}

/** The reference as an init script. */
export const REFERENCE_BADGES_SCRIPT = scriptCalling(
  insertReferenceBadges,
  REFERENCE_HOST,
  REFERENCE_BADGE_CSS,
  putReferenceBadges,
);
