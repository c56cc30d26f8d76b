/** The Leady API client's public surface; import from here unless you need an internal piece. */

export { LeadyError } from '../../shared/api/errors';
export type { Priority, Transport } from '../../shared/api/request';
export {
  createLeadyClient,
  type LeadyClient,
} from './client';
export { createFetchTransport } from './fetch-transport';
export type {
  Action,
  CodeListItem,
  Company,
  Page,
  SavedFilter,
  Session,
} from './schemas';
