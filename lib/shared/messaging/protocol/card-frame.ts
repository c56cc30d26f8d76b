/**
 * The card and the record panel are extension pages in an iframe (card-frame.html, web-accessible
 * through a per-session dynamic URL): a page script can read text in a closed shadow root
 * (window.find + Selection), never in a frame of another origin. The content script asks for a
 * ticket naming what the frame shows; the frame trades the ticket, once, for its setup and then
 * asks the background for the card itself. The page sees neither the data nor a usable URL.
 */
import type { ErrorMessageKey } from '../../i18n/catalogs/errors';
import type { OverlayKey } from '../../i18n/catalogs/overlay';
import type { Locale } from '../../i18n/translate';
import type { CompanySummary } from './page';

/** Whose insight: one company, or the candidates of an ambiguous match. */
export type FrameTarget =
  | { kind: 'company'; companyId: number }
  | { kind: 'ambiguous'; companyIds: number[] };

/** What a frame shows: the card, or the record panel (which also tells a signed-out user to sign in). */
export type FrameView =
  | { kind: 'card'; target: FrameTarget }
  | { kind: 'panel'; target: FrameTarget }
  | { kind: 'panel'; auth: 'signed-out' | 'expired' };

/** Everything a frame needs to draw itself, bound to the tab and frame that asked for it. */
export interface FrameSetup {
  view: FrameView;
  /** The tab and frame of the content script that placed the frame (its actions go back there). */
  tabId: number;
  frameId: number;
  locale: Locale;
  strings: { overlay: Record<OverlayKey, string>; errors: Record<ErrorMessageKey, string> };
  /** Summaries of the companies the view names (badge-sized: name, visits, last visit). */
  companies: CompanySummary[];
}

export interface CardFrameMessages {
  /** Content script: a ticket for a frame showing `view` in this tab. */
  'frame.open': { request: { view: FrameView }; response: { ticket: string } };
  /** The frame (an extension page): its setup, once per ticket. */
  'frame.setup': { request: { ticket: string }; response: FrameSetup };
}

/**
 * Frame → content script (tabs.sendMessage to the frame that placed it): `close` (Escape or ×:
 * the card closes and focus returns to its badge), `dismiss` (the panel's ×), `show` (the panel's
 * button opens the card).
 */
export interface FrameAction {
  event: 'frame.action';
  ticket: string;
  action: 'close' | 'dismiss' | 'show';
}
