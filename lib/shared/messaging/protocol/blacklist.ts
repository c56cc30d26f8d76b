import type { LeadyErrorData } from '../../api/errors';

/** A blacklisting as the extension tracks it: sent through a persisted outbox, undoable for a while. */
export interface BlacklistItem {
  companyId: number;
  companyName: string;
  website?: string;
  /** Leady's blacklist entry id once the API has confirmed it. */
  entryId?: number;
  /** 'pending': waiting in the outbox (offline, throttled, or in its undo window); 'done': in Leady. */
  state: 'pending' | 'done' | 'failed';
  createdAt: number;
  error?: LeadyErrorData;
}

export interface BlacklistMessages {
  /** Blacklist a company: hidden at once everywhere, sent after the undo window. */
  'blacklist.add': { request: { companyId: number }; response: BlacklistItem };
  /** Take back a blacklisting (before or after it reached Leady). */
  'blacklist.undo': { request: { companyId: number }; response: undefined };
  /** Leady's blacklist merged with what is still pending here. */
  'blacklist.list': { request: undefined; response: BlacklistItem[] };
  /** Company ids hidden from lists right now (pending or done). */
  'blacklist.ids': { request: undefined; response: number[] };
}
