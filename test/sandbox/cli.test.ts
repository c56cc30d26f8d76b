import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HELP, parseCliArgs } from '../../sandbox/cli/args';

describe('parseCliArgs', () => {
  it('maps flags to sandbox options', () => {
    const config = parseCliArgs([
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--rate',
      'sessions=60/min',
      '--rate',
      'auth=5/10s',
      '--email',
      'a@b.cz',
      '--password',
      'pw',
      '--scale',
      '100000',
      '--seed',
      '42',
      '--now',
      '2025-06-01T12:00:00Z',
      '--fault',
      'latency:ms=300',
      '--fault',
      'throttle:scope=companies,retryAfter=9',
      '--quiet',
    ]);
    expect(config.quiet).toBe(true);
    expect(config.options).toEqual({
      port: 0,
      host: '0.0.0.0',
      rates: { sessions: '60/min', auth: '5/10s' },
      email: 'a@b.cz',
      password: 'pw',
      scale: 100000,
      seed: 42,
      now: new Date('2025-06-01T12:00:00Z'),
      faults: [
        { kind: 'latency', ms: 300 },
        { kind: 'throttle', scope: 'companies', retryAfter: 9 },
      ],
    });
  });

  it('defaults to port 8787 and knows --help', () => {
    expect(parseCliArgs([]).options.port).toBe(8787);
    expect(parseCliArgs(['-h']).help).toBe(true);
    expect(HELP).toContain('--rate SCOPE=N/PERIOD');
  });

  it('fails on bad flags before starting anything', () => {
    expect(() => parseCliArgs(['--rate', 'everything=5/min'])).toThrow(/SCOPE/);
    expect(() => parseCliArgs(['--rate', 'sessions=lots'])).toThrow(/Invalid rate/);
    expect(() => parseCliArgs(['--port', 'abc'])).toThrow(/integer/);
    expect(() => parseCliArgs(['--fault', 'explode'])).toThrow(/kind/);
    expect(() => parseCliArgs(['--bogus'])).toThrow();
  });
});

describe('sandbox CLI process', () => {
  it('prints the bound URL and the demo login, serves, and exits cleanly on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('../../sandbox/cli.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', cli, '--port', '0', '--scale', '20', '--quiet'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    try {
      await exercise();
    } finally {
      // Never leave a server behind if an assertion failed half way.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }

    async function exercise(): Promise<void> {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
          output += chunk;
          const match = /Leady sandbox listening on (http:\/\/127\.0\.0\.1:\d+\/v1\/)/.exec(output);
          if (match?.[1] && output.includes('Press Ctrl+C')) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`CLI exited early (${code}): ${output}`)));
      });
      expect(output).toContain('demo@leady.test / leady-demo');
      const login = await fetch(`${url}api-token-get/`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'demo@leady.test', password: 'leady-demo' }),
      });
      expect(login.status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
