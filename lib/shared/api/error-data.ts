/** Anything a call threw (a PopupApi call, a message from a page), as error data the UI can switch on. */
import { LeadyError, type LeadyErrorData } from './errors';

export function toErrorData(error: unknown, endpoint = 'popup'): LeadyErrorData {
  if (error instanceof LeadyError) return error.toJSON();
  if (typeof error === 'object' && error !== null && typeof (error as LeadyErrorData).kind === 'string') {
    return error as LeadyErrorData;
  }
  return { kind: 'malformed', endpoint, message: error instanceof Error ? error.message : String(error) };
}
