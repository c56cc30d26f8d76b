import { browser } from 'wxt/browser';
import { LeadyError } from '../shared/api/errors';
import { isMessageResult } from '../shared/messaging/envelope';
import type { MessageMap, MessageType } from '../shared/messaging/protocol';

/**
 * Asks the background and resolves with its answer, or throws the LeadyError it reported. A worker
 * that is not there (extension reloaded, context invalidated) becomes a 'network' error.
 */
export async function sendMessage<K extends MessageType>(
  type: K,
  ...[payload]: MessageMap[K]['request'] extends undefined
    ? [payload?: undefined]
    : [payload: MessageMap[K]['request']]
): Promise<MessageMap[K]['response']> {
  let result: unknown;
  try {
    result = await browser.runtime.sendMessage({ type, payload });
  } catch (cause) {
    throw new LeadyError(
      {
        kind: 'network',
        endpoint: type,
        message: `The extension's background did not answer: ${String(cause)}`,
      },
      { cause },
    );
  }
  if (!isMessageResult(result)) {
    throw new LeadyError({ kind: 'malformed', endpoint: type, message: 'No answer from the background' });
  }
  if (!result.ok) throw LeadyError.fromJSON(result.error);
  return result.value as MessageMap[K]['response'];
}
