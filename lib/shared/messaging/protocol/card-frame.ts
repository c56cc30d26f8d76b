/**
 * The card and the record panel are extension pages in an iframe (card-frame.html, web-accessible
 * through a per-session dynamic URL): a page script can read text in a closed shadow root
 * (window.find + Selection), never in a frame of another origin. The content script asks for a
 * ticket naming what the frame shows; the frame trades the ticket, once, for its setup and then
 * asks the background for the card itself. The page sees neither the data nor a usable URL.
 */
import * as v from 'valibot';
import type { ErrorMessageKey } from '../../i18n/catalogs/errors';
import type { OverlayKey } from '../../i18n/catalogs/overlay';
import type { Locale } from '../../i18n/translate';
import type { CompanySummary } from './page';
import { companyId, type RequestOf } from './payload-fields';

/** Candidates one frame shows at most; an ambiguous match naming more is cut to these. */
const MAX_CANDIDATES = 20;

/** Whose insight: one company, or the candidates of an ambiguous match (distinct, at least one). */
const FrameTargetSchema = v.variant('kind', [
  v.object({ kind: v.literal('company'), companyId }),
  v.object({
    kind: v.literal('ambiguous'),
    companyIds: v.pipe(
      v.array(companyId),
      v.minLength(1),
      v.transform((ids) => [...new Set(ids)].slice(0, MAX_CANDIDATES)),
    ),
  }),
]);
export type FrameTarget = v.InferOutput<typeof FrameTargetSchema>;

/** What a frame shows: the card, or the record panel (which also tells a signed-out user to sign in). */
const FrameViewSchema = v.union([
  v.object({ kind: v.literal('card'), target: FrameTargetSchema }),
  v.object({ kind: v.literal('panel'), target: FrameTargetSchema }),
  v.object({ kind: v.literal('panel'), auth: v.picklist(['signed-out', 'expired']) }),
]);
export type FrameView = v.InferOutput<typeof FrameViewSchema>;

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

export const cardFrameRequests = {
  'frame.open': v.object({ view: FrameViewSchema }),
  'frame.setup': v.object({ ticket: v.string() }),
};
type Request<K extends keyof typeof cardFrameRequests> = RequestOf<typeof cardFrameRequests, K>;

export interface CardFrameMessages {
  /** Content script: a ticket for a frame showing `view` in this tab. */
  'frame.open': { request: Request<'frame.open'>; response: { ticket: string } };
  /** The frame (an extension page): its setup, once per ticket. */
  'frame.setup': { request: Request<'frame.setup'>; response: FrameSetup };
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
