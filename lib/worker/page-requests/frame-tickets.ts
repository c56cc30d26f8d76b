/**
 * Tickets for the card's and the record panel's frames (protocol/card-frame.ts). A content script
 * gets a random ticket for what it wants shown; the frame it places trades the ticket, once, for
 * its setup. A ticket works only in the tab that asked for it and only for a short while, so a URL
 * the page might learn is worth nothing, and a frame the page builds itself shows nothing.
 *
 * Tickets live in the worker's memory only: one is used within milliseconds of being issued, and a
 * worker restarted in between costs one frame that says it could not load (the user opens it again).
 */
import { LeadyError } from '../../shared/api/errors';
import type { FrameSetup, FrameView } from '../../shared/messaging/protocol/card-frame';
import type { CompanySummary } from '../../shared/messaging/protocol/page';

const TICKET_TTL_MS = 60_000;
/** A content script opening cards in a loop cannot grow the worker's memory without bound. */
const MAX_TICKETS = 200;

interface Issued {
  view: FrameView;
  tabId: number;
  frameId: number;
  expires: number;
}

export interface FrameTickets {
  issue(view: FrameView, sender: { tabId?: number; frameId?: number }): { ticket: string };
  redeem(ticket: string, sender: { tabId?: number }): Promise<FrameSetup>;
}

export interface FrameTicketDeps {
  now(): number;
  /** Random ticket text (crypto.randomUUID in the worker). */
  random(): string;
  /** The language and strings the frame draws with. */
  strings(): Promise<Pick<FrameSetup, 'locale' | 'strings'>>;
  summaries(ids: number[]): Promise<CompanySummary[]>;
}

function invalid(endpoint: string, message: string): LeadyError {
  return new LeadyError({ kind: 'validation', endpoint, message, fieldErrors: { payload: [message] } });
}

/** The companies a frame's view shows. */
export function frameViewIds(view: FrameView): number[] {
  if (!('target' in view)) return [];
  return view.target.kind === 'company' ? [view.target.companyId] : view.target.companyIds;
}

export function createFrameTickets(deps: FrameTicketDeps): FrameTickets {
  const issued = new Map<string, Issued>();

  function prune(now: number): void {
    for (const [ticket, entry] of issued) if (entry.expires <= now) issued.delete(ticket);
    // Oldest first (insertion order) when a content script asks for far more than it shows.
    for (const ticket of issued.keys()) {
      if (issued.size < MAX_TICKETS) break;
      issued.delete(ticket);
    }
  }

  return {
    issue(view, sender) {
      if (sender.tabId === undefined) throw invalid('frame.open', 'only a tab can place a frame');
      const now = deps.now();
      prune(now);
      const ticket = deps.random();
      issued.set(ticket, {
        view,
        tabId: sender.tabId,
        frameId: sender.frameId ?? 0,
        expires: now + TICKET_TTL_MS,
      });
      return { ticket };
    },
    async redeem(ticket, sender) {
      const entry = issued.get(ticket);
      issued.delete(ticket);
      if (!entry || entry.expires <= deps.now() || entry.tabId !== sender.tabId) {
        throw new LeadyError({
          kind: 'forbidden',
          endpoint: 'frame.setup',
          message: 'This frame was not opened by Leady in this tab, or it is too old',
        });
      }
      const [strings, companies] = await Promise.all([
        deps.strings(),
        deps.summaries(frameViewIds(entry.view)),
      ]);
      return { view: entry.view, tabId: entry.tabId, frameId: entry.frameId, ...strings, companies };
    },
  };
}
