import * as v from 'valibot';
import type { LeadyErrorData } from '../../api/errors';
import { companyId, noPayload, type RequestOf } from './payload-fields';

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

export const blacklistRequests = {
  'blacklist.add': v.object({ companyId }),
  'blacklist.undo': v.object({ companyId }),
  'blacklist.list': noPayload,
  'blacklist.ids': noPayload,
};
type Request<K extends keyof typeof blacklistRequests> = RequestOf<typeof blacklistRequests, K>;

export interface BlacklistMessages {
  /** Blacklist a company: hidden at once everywhere, sent after the undo window. */
  'blacklist.add': { request: Request<'blacklist.add'>; response: BlacklistItem };
  /** Take back a blacklisting (before or after it reached Leady). */
  'blacklist.undo': { request: Request<'blacklist.undo'>; response: undefined };
  /** Leady's blacklist merged with what is still pending here. */
  'blacklist.list': { request: Request<'blacklist.list'>; response: BlacklistItem[] };
  /** Company ids hidden from lists right now (pending or done). */
  'blacklist.ids': { request: Request<'blacklist.ids'>; response: number[] };
}
