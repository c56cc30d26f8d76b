/** Command-line flags of `npm run sandbox`, parsed into SandboxOptions. */
import { parseArgs } from 'node:util';
import { isScope, SCOPES, type Scope } from '../api/scopes';
import { parseFaultFlag } from '../faults/parse';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD, DEFAULT_SCALE, type SandboxOptions } from '../options';
import { parseRate } from '../throttle/rate';

const DEFAULT_CLI_PORT = 8787;

export const HELP = `Leady sandbox: a local, offline Leady API (Django REST Framework behaviour) with seeded data.

Usage: npm run sandbox -- [options]

Options:
  --port N              Port to listen on (default ${DEFAULT_CLI_PORT}; 0 = any free port)
  --host ADDRESS        Address to bind (default 127.0.0.1)
  --email EMAIL         Demo login e-mail (default ${DEFAULT_EMAIL})
  --password PASSWORD   Demo login password (default ${DEFAULT_PASSWORD})
  --scale N             Number of sessions to generate (default ${DEFAULT_SCALE})
  --seed N              Seed of the generated data (default 1)
  --now ISO-DATE        Instant the data is relative to (default: now), e.g. 2025-06-01T12:00:00Z
  --rate SCOPE=N/PERIOD Throttle a scope (${SCOPES.join(', ')}); repeatable.
                        PERIOD: s, 10s, min, 5min, hour, day… e.g. --rate sessions=60/min --rate auth=5/10s
  --fault SPEC          Inject a fault from the start; repeatable. SPEC is "kind[:key=value,…]" or JSON:
                          latency:ms=800
                          html-5xx:scope=sessions,status=502,times=3
                          empty-5xx:path=companies/**
                          malformed-json:scope=lists
                          wrong-shape:path=resources/*/sessions/,shape=results-object
                          throttle:scope=sessions,retryAfter=20
                          drop:times=1
                        keys: path, scope, method, times, ms, status, retryAfter, shape
  --quiet               Do not log requests
  -h, --help            Show this help

Control endpoints (no auth): GET /__sandbox/, GET|POST|DELETE /__sandbox/faults, POST /__sandbox/reset`;

export interface CliConfig {
  options: SandboxOptions;
  quiet: boolean;
  help: boolean;
}

function integerFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new Error(`--${name} expects an integer, got "${value}"`);
  return Number(value);
}

function rateFlag(flag: string): [Scope, string] {
  const eq = flag.indexOf('=');
  const scope = flag.slice(0, eq);
  const rate = flag.slice(eq + 1);
  if (eq <= 0 || !isScope(scope)) {
    throw new Error(`--rate ${flag}: expected SCOPE=N/PERIOD with SCOPE one of ${SCOPES.join(', ')}`);
  }
  parseRate(rate); // fail at startup, not at the first request
  return [scope, rate];
}

export function parseCliArgs(argv: readonly string[]): CliConfig {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      scale: { type: 'string' },
      seed: { type: 'string' },
      now: { type: 'string' },
      rate: { type: 'string', multiple: true },
      fault: { type: 'string', multiple: true },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new Error(`--now expects an ISO 8601 date, got "${values.now}"`);
  }
  const options: SandboxOptions = {
    port: integerFlag('port', values.port) ?? DEFAULT_CLI_PORT,
    rates: Object.fromEntries((values.rate ?? []).map(rateFlag)),
    faults: (values.fault ?? []).map(parseFaultFlag),
  };
  if (values.host !== undefined) options.host = values.host;
  if (values.email !== undefined) options.email = values.email;
  if (values.password !== undefined) options.password = values.password;
  const scale = integerFlag('scale', values.scale);
  if (scale !== undefined) options.scale = scale;
  const seed = integerFlag('seed', values.seed);
  if (seed !== undefined) options.seed = seed;
  if (now) options.now = now;
  return { options, quiet: values.quiet ?? false, help: values.help ?? false };
}
