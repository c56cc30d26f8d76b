/**
 * One request under /v1/, in DRF's order: URL resolution (Django 404 page / APPEND_SLASH redirect),
 * authentication, throttling, method check, body parsing, the view. Faults act like a proxy in front
 * of the app: latency and replacing faults come first, distortions rewrite the app's answer last.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from '../auth/token-auth';
import type { FaultController } from '../faults/controller';
import { distort } from '../faults/distort';
import { replacementFor } from '../faults/replace';
import { ApiError, methodNotAllowed, throttled } from '../http/api-error';
import { parseRequestData, readBody } from '../http/body';
import { DJANGO_NOT_FOUND_HTML } from '../http/django-pages';
import { type ApiResponse, redirect, sendApiResponse, sendHtml, sendRaw } from '../http/respond';
import { sleep } from '../http/sleep';
import type { ScopedThrottle } from '../throttle/throttler';
import type { ApiContext, AppContext, Method, RouteDef } from './context';
import type { Router } from './router';

export const API_PREFIX = '/v1/';

export interface ApiDeps {
  app: AppContext;
  router: Router;
  faults: FaultController;
  throttle: ScopedThrottle;
  /** Aborted on shutdown; cuts injected latency short. */
  shutdown: AbortSignal;
  /** Reports unexpected handler errors (they become a Django-style 500 page). */
  onError: (error: unknown) => void;
}

const SERVER_ERROR_HTML =
  '<!doctype html>\n<html lang="en">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n';

function allowHeader(route: RouteDef): string {
  const methods = Object.keys(route.methods) as Method[];
  if (methods.includes('GET')) methods.push('HEAD' as Method);
  return [...methods, 'OPTIONS'].join(', ');
}

/** Runs auth, throttling and the view; every DRF error becomes an ApiResponse. */
async function runView(
  req: IncomingMessage,
  route: RouteDef,
  params: Record<string, string>,
  url: URL,
  deps: ApiDeps,
): Promise<ApiResponse> {
  const { app } = deps;
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  const ctx: ApiContext = {
    app,
    method,
    url,
    query: url.searchParams,
    apiBase: `${url.origin}${API_PREFIX}`,
    params,
    data: {},
    userId: null,
    token: null,
  };
  if (route.auth) {
    const auth = authenticate(req.headers.authorization, app.state.tokens);
    ctx.userId = auth.userId;
    ctx.token = auth.token;
  }
  if (route.scope) {
    // Token calls are limited per client address (logging in has no token yet, and a reset must not
    // escape the limit by changing the token); everything else per token.
    const address = `ip:${req.socket.remoteAddress ?? 'unknown'}`;
    const key = route.scope === 'auth' ? address : (ctx.token ?? address);
    const result = deps.throttle.check(route.scope, key, app.clock().getTime());
    if (!result.allowed) throw throttled(result.waitSeconds);
  }
  const handler = route.methods[method as Method];
  if (!handler) throw methodNotAllowed(method, allowHeader(route).split(', '));
  if (method === 'POST') ctx.data = parseRequestData(req.headers['content-type'], await readBody(req));
  return handler(ctx);
}

export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: ApiDeps,
): Promise<void> {
  const apiPath = url.pathname.slice(API_PREFIX.length);
  const resolved = deps.router.match(apiPath);
  const route = resolved.type === 'match' ? resolved.match.route : null;
  const hit = deps.faults.take({
    method: req.method ?? 'GET',
    fullPath: url.pathname,
    apiPath,
    scope: route?.scope ?? null,
  });
  if (hit.latencyMs > 0) await sleep(hit.latencyMs, deps.shutdown);
  if (hit.replace) {
    const replacement = replacementFor(hit.replace);
    if (replacement.type === 'drop') req.socket.destroy();
    else if (replacement.type === 'html') sendHtml(res, replacement.status, replacement.html);
    else sendApiResponse(res, replacement.response);
    return;
  }

  if (resolved.type === 'append-slash') {
    redirect(res, 301, `${url.pathname}/${url.search}`);
    return;
  }
  if (resolved.type === 'none') {
    sendHtml(res, 404, DJANGO_NOT_FOUND_HTML);
    return;
  }

  const matched = resolved.match;
  let response: ApiResponse;
  try {
    response = await runView(req, matched.route, matched.params, url, deps);
  } catch (error) {
    if (!(error instanceof ApiError)) {
      deps.onError(error);
      sendHtml(res, 500, SERVER_ERROR_HTML);
      return;
    }
    response = { status: error.status, body: error.body, headers: error.headers };
  }
  // DRF's APIView adds these to every response it renders.
  const headers = { Allow: allowHeader(matched.route), Vary: 'Accept', ...response.headers };
  if (hit.distort) {
    const raw = distort({ ...response, headers }, hit.distort);
    sendRaw(res, raw.status, raw.contentType, raw.body, raw.headers);
    return;
  }
  sendApiResponse(res, { ...response, headers });
}
