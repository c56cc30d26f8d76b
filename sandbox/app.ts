/**
 * The request listener: routes each request to the API, the control endpoints or a static
 * directory. Everything answers with CORS headers and OPTIONS preflights are answered up front.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { API_PREFIX, type ApiDeps, handleApi } from './api/pipeline';
import { CONTROL_PREFIX, handleControl } from './control/control';
import { demoPage } from './demo-crm';
import { answerPreflight, applyCors } from './http/cors';
import { DJANGO_NOT_FOUND_HTML } from './http/django-pages';
import { requestOrigin } from './http/origin';
import { redirect, sendHtml } from './http/respond';
import { findMount, type StaticMount, serveStatic } from './http/static-files';
import type { RequestLogEntry } from './options';

export interface AppDeps extends ApiDeps {
  mounts: readonly StaticMount[];
  /** Demo CRM pages by path under /demo/ (sandbox/demo-crm), rendered once from the seed. */
  demoPages: ReadonlyMap<string, string>;
  /** Origin to use when the Host header is missing or unusable. */
  fallbackOrigin: () => string;
  onRequest: ((entry: RequestLogEntry) => void) | undefined;
}

async function route(req: IncomingMessage, res: ServerResponse, deps: AppDeps): Promise<void> {
  applyCors(res);
  if (req.method === 'OPTIONS') {
    answerPreflight(req, res);
    return;
  }
  const target = req.url ?? '/';
  // Only origin-form targets ("/path?query"); absolute-form proxy requests are not for us.
  if (!target.startsWith('/')) {
    sendHtml(res, 400, '<!doctype html><title>Bad Request</title><h1>Bad Request (400)</h1>');
    return;
  }
  const origin = requestOrigin(req, deps.fallbackOrigin());
  const url = new URL(origin + target);
  const path = url.pathname;
  if (path.startsWith(API_PREFIX)) return handleApi(req, res, url, deps);
  if (`${path}/` === API_PREFIX) return redirect(res, 301, `${API_PREFIX}${url.search}`);
  if (`${path}/`.startsWith(CONTROL_PREFIX)) return handleControl(req, res, url, deps);
  const demo = req.method === 'GET' ? demoPage(deps.demoPages, url) : undefined;
  if (demo !== undefined) return sendHtml(res, 200, demo);
  const mount = findMount(deps.mounts, path);
  if (mount) {
    return serveStatic(req, res, path, mount, {
      apiUrl: `${url.origin}${API_PREFIX}`,
      email: deps.app.state.user.email,
      password: deps.app.state.user.password,
    });
  }
  if (path === '/' && findMount(deps.mounts, '/demo/')) return redirect(res, 302, '/demo/');
  sendHtml(res, 404, DJANGO_NOT_FOUND_HTML);
}

export function createRequestListener(deps: AppDeps): RequestListener {
  return (req, res) => {
    const started = performance.now();
    if (deps.onRequest) {
      const report = deps.onRequest;
      const log = (status: number | null): void =>
        report({
          method: req.method ?? '?',
          path: req.url ?? '',
          status,
          ms: Math.round(performance.now() - started),
        });
      res.once('finish', () => log(res.statusCode));
      res.once('close', () => {
        if (!res.writableFinished) log(null);
      });
    }
    route(req, res, deps).catch((error: unknown) => {
      deps.onError(error);
      if (!res.headersSent)
        sendHtml(res, 500, '<!doctype html><title>Server Error</title><h1>Server Error (500)</h1>');
      else res.destroy();
    });
  };
}
