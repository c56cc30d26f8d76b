import { describe, expect, it } from 'vitest';
import { freshness } from '../../lib/extension-pages/popup/freshness';
import { apiHostOf, signInErrorText } from '../../lib/extension-pages/popup/sign-in-error';
import type { LeadyErrorData } from '../../lib/shared/api/errors';
import type { SessionRecord } from '../../lib/worker/cache/schema';
import { sessionRow } from '../../lib/worker/popup-requests/session-rows';

const base = { locale: 'en' as const, online: true, apiHost: 'api.leady.com', withToken: false };
const error = (kind: LeadyErrorData['kind'], extra: Partial<LeadyErrorData> = {}): LeadyErrorData => ({
  kind,
  endpoint: 'auth.token-get',
  message: 'x',
  ...extra,
});

describe('sign-in errors', () => {
  it('shows the API’s own message for wrong credentials', () => {
    const text = signInErrorText(
      error('bad-credentials', { apiMessage: 'Unable to log in with provided credentials.' }),
      base,
    );
    expect(text).toBe('Sign-in failed: Unable to log in with provided credentials.');
  });

  it('tells offline from unreachable', () => {
    expect(signInErrorText(error('network'), { ...base, online: false })).toMatch(/offline/);
    expect(signInErrorText(error('network'), base)).toMatch(/Cannot reach Leady at api\.leady\.com/);
    expect(signInErrorText(error('network'), { ...base, locale: 'cs', online: false })).toMatch(
      /Jste offline/,
    );
  });

  it('explains an unexpected answer and a throttle with the seconds left', () => {
    expect(signInErrorText(error('malformed'), base)).toMatch(/api\.leady\.com answered/);
    expect(
      signInErrorText(error('throttled', { retryAfterSeconds: 30 }), { ...base, secondsLeft: 12 }),
    ).toMatch(/12 s/);
    expect(signInErrorText(error('throttled', { retryAfterSeconds: 30 }), { ...base, secondsLeft: 0 })).toBe(
      'You can try again now.',
    );
  });

  it('speaks of the token when signing in with one', () => {
    const withToken = { ...base, withToken: true };
    expect(signInErrorText(error('bad-credentials', { apiMessage: 'Invalid token.' }), withToken)).toMatch(
      /did not accept this token/,
    );
    expect(signInErrorText(error('validation', { fieldErrors: { token: ['x'] } }), withToken)).toMatch(
      /does not look like/,
    );
  });

  it('names the API host', () => {
    expect(apiHostOf('http://127.0.0.1:8787/v1/')).toBe('127.0.0.1:8787');
    expect(apiHostOf('nonsense')).toBe('nonsense');
  });
});

describe('freshness line', () => {
  const now = Date.UTC(2026, 10, 27, 12);
  const input = { refreshing: false, expired: false, online: true };

  it('says when the data was updated', () => {
    expect(freshness({ ...input, source: 'api', updatedAt: now - 5 * 60_000 }, now, 'en')).toEqual({
      tone: 'ok',
      text: 'Updated 5 minutes ago',
    });
    expect(freshness({ ...input, refreshing: true }, now, 'cs')).toEqual({
      tone: 'busy',
      text: 'Aktualizuji…',
    });
  });

  it('marks saved data as offline or not refreshed', () => {
    const offline = freshness(
      {
        ...input,
        online: false,
        source: 'cache',
        updatedAt: now - 2 * 3_600_000,
        refreshError: error('network'),
      },
      now,
      'cs',
    );
    expect(offline).toEqual({
      tone: 'warn',
      text: 'Offline · uložená data, poslední aktualizace před 2 hodinami',
    });
    expect(freshness({ ...input, expired: true }, now, 'en')?.text).toBe(
      'Not refreshed · showing saved data',
    );
    expect(freshness({ ...input, refreshError: error('server', { status: 502 }) }, now, 'en')?.text).toMatch(
      /Could not refresh: .*502/,
    );
  });
});

describe('session rows', () => {
  const record: SessionRecord = {
    key: 'web.cz 7',
    id: 7,
    resource: 'web.cz',
    companyId: 3,
    firstAt: 1_000,
    lastAt: 61_000,
    referrer: 'https://www.seznam.cz/',
    actionCount: 4,
  };

  it('joins the company and computes time and pages', () => {
    expect(sessionRow(record, { id: 3, name: 'Firma', website: 'firma.cz' })).toMatchObject({
      key: 'web.cz 7',
      company: { id: 3, name: 'Firma', website: 'firma.cz' },
      seconds: 60,
      pages: 4,
    });
  });

  it('keeps an identified visit whose company is unknown, and leaves an anonymous one without company', () => {
    expect(sessionRow(record, undefined).company).toEqual({ id: 3, name: '#3' });
    expect(sessionRow({ ...record, companyId: -1 }, undefined).company).toBeUndefined();
  });
});
