import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import { LeadyError } from '../../shared/api/errors';
import { errorResult, isMessageRequest, type MessageResult, okResult } from '../../shared/messaging/envelope';
import { type MessageMap, type MessageType, requestSchemas } from '../../shared/messaging/protocol';
import { invalidPayload } from './invalid-payload';
import { classifySender, type SenderKind } from './sender';

export interface HandlerContext {
  sender: Browser.runtime.MessageSender;
  senderKind: SenderKind;
}

interface Handler<K extends MessageType> {
  /** Which contexts may send this message. */
  allow: readonly SenderKind[];
  /** Gets the payload as its schema (lib/shared/messaging/protocol/) let it through: typed and checked. */
  handle(payload: MessageMap[K]['request'], context: HandlerContext): Promise<MessageMap[K]['response']>;
}

export type Handlers = { [K in MessageType]?: Handler<K> };

/**
 * The background's one `runtime.onMessage` listener. Returns undefined (not ours, so other
 * listeners may answer) for anything that is not a protocol message, and a rejected result for
 * senders that are not allowed, so a hostile page can never reach a handler. An allowed sender's
 * payload is checked against its message's schema here, once; a handler never sees one that failed.
 */
export function createMessageRouter(handlers: Handlers, runtimeId: string, extensionOrigin: string) {
  return (
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<MessageResult<unknown>> | undefined => {
    if (!isMessageRequest(message)) return undefined;
    // Own properties only: a type such as "toString" must not reach Object.prototype.
    if (!Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as MessageType] as Handler<MessageType>;
    const senderKind = classifySender(sender, runtimeId, extensionOrigin);
    if (!senderKind || !handler.allow.includes(senderKind)) {
      const error = new LeadyError({
        kind: 'forbidden',
        endpoint: message.type,
        message: `Message "${message.type}" is not accepted from this sender`,
      });
      return Promise.resolve(errorResult(error, message.type));
    }
    const payload = v.safeParse(requestSchemas[message.type as MessageType], message.payload);
    if (!payload.success) {
      return Promise.resolve(errorResult(invalidPayload(message.type, payload.issues), message.type));
    }
    return handler.handle(payload.output as never, { sender, senderKind }).then(
      (value) => okResult(value),
      (error: unknown) => errorResult(error, message.type),
    );
  };
}
