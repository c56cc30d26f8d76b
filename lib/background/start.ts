import { browser } from 'wxt/browser';
import { createMessageRouter, type Handlers } from '../messaging/router';
import { createAuth } from './auth';
import { authHandlers } from './handlers/auth';
import { createServices, type Services } from './services';

/**
 * Wires the background worker. Listeners are registered synchronously, on every worker start,
 * because MV3 only delivers events to listeners present when the worker first runs.
 */
export function startBackground(services: Services = createServices()): Services {
  const auth = createAuth(services);
  const handlers: Handlers = { ...authHandlers(auth) };
  const route = createMessageRouter(handlers, browser.runtime.id, browser.runtime.getURL('/'));
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  return services;
}
