import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LeadyError } from '../../lib/shared/api/errors';
import { createErrorLog } from '../../lib/worker/diagnostics/error-log';

/** What support sees at most: the last 100 failures, each message cut to 300 characters. */
const ERROR_LOG_LIMIT = 100;
const ERROR_MESSAGE_LIMIT = 300;

import { isNoReceiver } from '../../lib/worker/diagnostics/failures';

const NOW = Date.UTC(2026, 2, 14, 9, 30);

function steppingClock(start = NOW) {
  let t = start;
  return () => t++;
}

describe('the worker error log', () => {
  it('keeps only the newest entries, newest first', async () => {
    const log = createErrorLog({ now: steppingClock() });
    for (let i = 0; i < ERROR_LOG_LIMIT + 5; i++) await log.record('sync.alarm', new Error(`failure ${i}`));
    const entries = await log.entries();
    expect(entries).toHaveLength(ERROR_LOG_LIMIT);
    expect(entries[0]).toEqual({
      at: NOW + ERROR_LOG_LIMIT + 4,
      context: 'sync.alarm',
      message: 'Error: failure 104',
    });
    expect(entries.at(-1)?.message).toBe('Error: failure 5');
  });

  it('survives a worker restart in session storage, and Clear empties it', async () => {
    await createErrorLog({ now: () => NOW }).record(
      'blacklist.flush',
      new LeadyError({
        kind: 'server',
        endpoint: 'blacklist.add',
        status: 502,
        message: 'Bad gateway',
      }),
    );
    const stored = await fakeBrowser.storage.session.get('leady.errorLog');
    expect(stored['leady.errorLog']).toHaveLength(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});

    const restarted = createErrorLog({ now: () => NOW });
    expect(await restarted.entries()).toEqual([
      { at: NOW, context: 'blacklist.flush', message: 'server (blacklist.add 502): Bad gateway' },
    ]);
    await restarted.clear();
    expect(await createErrorLog({ now: () => NOW }).entries()).toEqual([]);
  });

  it('loses no entry when failures arrive at once', async () => {
    const log = createErrorLog({ now: () => NOW });
    await Promise.all(['a', 'b', 'c', 'd'].map((context) => log.record(context, 'boom')));
    expect((await log.entries()).map((entry) => entry.context).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('trims messages and never stores a token or a password', async () => {
    const log = createErrorLog({ now: () => NOW });
    await log.record('x', new Error(`${'long '.repeat(200)}`));
    await log.record(
      'y',
      new Error(
        'Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b; body {"password":"hunter22"}',
      ),
    );
    await log.record('z', new Error('Invalid token header. No credentials provided.'));
    const [z, y, x] = await log.entries();
    expect(x?.message.length).toBe(ERROR_MESSAGE_LIMIT);
    expect(y?.message).not.toMatch(/9944b0|hunter22/);
    expect(y?.message).toContain('[redacted]');
    // Ordinary words next to "token" are kept: only credential-shaped values go.
    expect(z?.message).toBe('Error: Invalid token header. No credentials provided.');
  });

  it('tells "nobody listening" apart from real delivery failures', () => {
    expect(isNoReceiver(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(
      true,
    );
    expect(isNoReceiver(new Error('Message length exceeded maximum allowed length.'))).toBe(false);
  });
});
