/**
 * Every message another context can send to the background, with its payload and answer types,
 * one file per area under protocol/. The background registers one handler per entry
 * (lib/background/handlers/); nothing else answers.
 */
import type { AuthMessages } from './protocol/auth';

export type { AuthStatus } from './protocol/auth';

export interface MessageMap extends AuthMessages {}

export type MessageType = keyof MessageMap;
