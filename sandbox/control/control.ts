/**
 * Sandbox-only control endpoints under /__sandbox/ (no auth, never faulted or throttled):
 *   GET    /__sandbox/             what is running: URLs, demo login, token, rates, faults
 *   GET    /__sandbox/faults       active faults
 *   POST   /__sandbox/faults       add faults: a spec, a list of specs, or {"faults": [...]} → 201
 *   DELETE /__sandbox/faults       remove all faults → 204
 *   DELETE /__sandbox/faults/{id}  remove one fault → 204 / 404
 *   POST   /__sandbox/reset        tokens, blacklist and throttle history back to the seed → 200
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../api/context';
import { SCOPES } from '../api/scopes';
import type { FaultController } from '../faults/controller';
import { parseFaultList } from '../faults/parse';
import { readBody } from '../http/body';
import { sendEmpty, sendJson } from '../http/respond';
import { DEMO_USER_ID } from '../state/state';
import type { ScopedThrottle } from '../throttle/throttler';

export const CONTROL_PREFIX = '/__sandbox/';

export interface ControlDeps {
  app: AppContext;
  faults: FaultController;
  throttle: ScopedThrottle;
}

function info(url: URL, deps: ControlDeps): Record<string, unknown> {
  const { data, state } = deps.app;
  const rates = Object.fromEntries(
    SCOPES.map((scope) => [scope, deps.throttle.rateFor(scope)?.text ?? null]),
  );
  return {
    api: `${url.origin}/v1/`,
    demo: `${url.origin}/demo/`,
    email: state.user.email,
    password: state.user.password,
    token: state.tokens.tokenOf(DEMO_USER_ID) ?? null,
    seed: data.seed,
    now: data.now.toISOString(),
    sessions: data.sessions.count,
    companies: data.companies.length,
    resources: data.resources.map((r) => r.domain),
    rates,
    faults: deps.faults.list(),
  };
}

async function addFaults(req: IncomingMessage, res: ServerResponse, deps: ControlDeps): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse((await readBody(req)).toString('utf8'));
  } catch {
    sendJson(res, 400, { detail: 'Body must be JSON: a fault, a list of faults, or {"faults": [...]}.' });
    return;
  }
  try {
    sendJson(res, 201, { faults: deps.faults.add(parseFaultList(body)) });
  } catch (error) {
    sendJson(res, 400, { detail: error instanceof Error ? error.message : String(error) });
  }
}

export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: ControlDeps,
): Promise<void> {
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const route = `${method} ${path.slice(CONTROL_PREFIX.length - 1)}`;
  const faultId = /^DELETE \/faults\/(\d+)\/$/.exec(route);
  if (faultId) {
    if (deps.faults.remove(Number(faultId[1]))) sendEmpty(res, 204);
    else sendJson(res, 404, { detail: 'Not found.' });
    return;
  }
  switch (route) {
    case 'GET /':
      sendJson(res, 200, info(url, deps));
      return;
    case 'GET /faults/':
      sendJson(res, 200, { faults: deps.faults.list() });
      return;
    case 'POST /faults/':
      await addFaults(req, res, deps);
      return;
    case 'DELETE /faults/':
      deps.faults.clear();
      sendEmpty(res, 204);
      return;
    case 'POST /reset/':
      deps.app.state.reset();
      sendJson(res, 200, { token: deps.app.state.initialToken });
      return;
    default:
      sendJson(res, 404, { detail: 'Not found.' });
  }
}
