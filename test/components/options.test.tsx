// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApiContext } from '../../components/options/context';
import { OptionsApp } from '../../components/options/OptionsApp';
import type { OptionsApi } from '../../lib/extension-pages/options/options-api';
import type { AuthStatus } from '../../lib/shared/messaging/protocol';
import type { ErrorLogEntry } from '../../lib/shared/messaging/protocol/diagnostics';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/shared/settings';

afterEach(() => cleanup());

const DEFAULT_API = 'https://api.leady.com/v1/';
const SIGNED_IN: AuthStatus = { state: 'signed-in', email: 'obchod@firma.cz', apiBaseUrl: DEFAULT_API };

function fakeOptionsApi(
  initial: Partial<Settings> = {},
  auth: AuthStatus = SIGNED_IN,
  errors: ErrorLogEntry[] = [],
) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  let log = errors;
  const calls: string[] = [];
  const api = {
    defaultApiBaseUrl: DEFAULT_API,
    settings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (patch: Partial<Settings>) => {
      calls.push('save');
      settings = { ...settings, ...patch };
      return settings;
    }),
    uiLanguage: () => 'en-GB',
    authStatus: vi.fn(async () => auth),
    signOut: vi.fn(async () => {
      calls.push('signOut');
      return { state: 'signed-out', apiBaseUrl: DEFAULT_API } as AuthStatus;
    }),
    requestOrigins: vi.fn(async (_patterns: string[]) => {
      calls.push('request');
      return true;
    }),
    removeOrigins: vi.fn(async (_patterns: string[]) => true),
    enableSite: vi.fn(async (origin: string) => {
      settings = { ...settings, customOrigins: [...settings.customOrigins, origin] };
      return settings.customOrigins;
    }),
    disableSite: vi.fn(async (origin: string) => {
      settings = { ...settings, customOrigins: settings.customOrigins.filter((o) => o !== origin) };
      return settings.customOrigins;
    }),
    clearCache: vi.fn(async () => ({ syncing: true })),
    onEvent: () => () => {},
    errorLog: vi.fn(async () => log),
    clearErrorLog: vi.fn(async () => {
      log = [];
    }),
    reportSource: () => ({ version: '1.4.0', browser: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0' }),
    copyText: vi.fn(async (_text: string) => {}),
  } satisfies OptionsApi;
  return { api, calls };
}

function renderOptions(api: OptionsApi) {
  return render(
    <OptionsApiContext.Provider value={api}>
      <OptionsApp />
    </OptionsApiContext.Provider>,
  );
}

describe('options page', () => {
  it('shows the account and saves the simple settings', async () => {
    const { api } = fakeOptionsApi();
    renderOptions(api);
    expect(await screen.findByText('Signed in as obchod@firma.cz at api.leady.com.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Keep visits for'), { target: { value: '180' } });
    await waitFor(() => expect(api.saveSettings).toHaveBeenLastCalledWith({ syncWindowDays: 180 }));
    expect(await screen.findByText('Saved.')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Pipedrive'));
    await waitFor(() =>
      expect(api.saveSettings).toHaveBeenLastCalledWith({
        sites: { hubspot: true, pipedrive: false, salesforce: true, raynet: true },
      }),
    );
  });

  it('switches to Czech at once', async () => {
    const { api } = fakeOptionsApi();
    renderOptions(api);
    fireEvent.change(await screen.findByLabelText('Language of the extension'), { target: { value: 'cs' } });
    expect(await screen.findByRole('heading', { name: 'Leady Insights – nastavení' })).toBeTruthy();
    expect(screen.getByLabelText('Uchovávat návštěvy za')).toBeTruthy();
  });

  it('changes the API address: validates, confirms, asks for the origin, then signs out', async () => {
    const { api, calls } = fakeOptionsApi();
    renderOptions(api);
    const input = await screen.findByLabelText('API base URL');
    fireEvent.input(input, { target: { value: 'ftp://sandbox' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save address' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/starting with https:\/\//);

    fireEvent.input(input, { target: { value: ' http://127.0.0.1:8787/v1 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save address' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Change the API address?' });
    expect(dialog.textContent).toMatch(/signed out/);
    expect(api.requestOrigins).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Change and sign out' }));

    await waitFor(() =>
      expect(api.saveSettings).toHaveBeenCalledWith({ apiBaseUrl: 'http://127.0.0.1:8787/v1/' }),
    );
    expect(api.requestOrigins).toHaveBeenCalledWith(['http://127.0.0.1/*']);
    expect(calls).toEqual(['request', 'signOut', 'save']);
    expect(await screen.findByText(/The API address is now http:\/\/127\.0\.0\.1:8787\/v1\//)).toBeTruthy();
    expect(screen.getByText(/Not signed in/)).toBeTruthy();
  });

  it('keeps the address and the sign-in when the browser refuses the permission', async () => {
    const { api } = fakeOptionsApi();
    api.requestOrigins.mockResolvedValueOnce(false);
    renderOptions(api);
    fireEvent.input(await screen.findByLabelText('API base URL'), {
      target: { value: 'https://proxy.firma.cz/leady/' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save address' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Change and sign out' }));
    expect(await screen.findByText(/did not allow access to https:\/\/proxy\.firma\.cz/)).toBeTruthy();
    expect(api.signOut).not.toHaveBeenCalled();
    expect(api.saveSettings).not.toHaveBeenCalled();
  });

  it('goes back to the default address without a permission prompt; signed out, without a confirmation', async () => {
    const { api } = fakeOptionsApi(
      { apiBaseUrl: 'http://127.0.0.1:8787/v1/' },
      { state: 'signed-out', apiBaseUrl: 'x' },
    );
    renderOptions(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Use the default' }));
    await waitFor(() => expect(api.saveSettings).toHaveBeenCalledWith({ apiBaseUrl: undefined }));
    expect(api.requestOrigins).not.toHaveBeenCalled();
    expect(api.signOut).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('adds a site after the permission and removes it again', async () => {
    const { api } = fakeOptionsApi();
    renderOptions(api);
    const input = await screen.findByLabelText('Site address');
    fireEvent.input(input, { target: { value: 'https://crm.example.com/contacts' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/address of the site only/);

    fireEvent.input(input, { target: { value: 'https://app.hubspot.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/supported already/);
    expect(api.requestOrigins).not.toHaveBeenCalled();

    fireEvent.input(input, { target: { value: 'https://crm.example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    const list = await screen.findByRole('list', { name: 'Added sites' });
    expect(within(list).getByText('https://crm.example.com')).toBeTruthy();
    expect(api.requestOrigins).toHaveBeenCalledWith(['https://crm.example.com/*']);
    expect(api.enableSite).toHaveBeenCalledWith('https://crm.example.com');

    fireEvent.click(within(list).getByRole('button', { name: 'Remove https://crm.example.com' }));
    expect(await screen.findByText('No other sites added.')).toBeTruthy();
    expect(api.disableSite).toHaveBeenCalledWith('https://crm.example.com');
    expect(api.removeOrigins).toHaveBeenCalledWith(['https://crm.example.com/*']);
  });

  it('clears the cached data', async () => {
    const { api } = fakeOptionsApi();
    renderOptions(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear cached data' }));
    expect(await screen.findByText('Cached data cleared. Syncing again…')).toBeTruthy();
    expect(api.clearCache).toHaveBeenCalledTimes(1);
  });
});

describe('options page: Diagnostics', () => {
  const AT = Date.UTC(2026, 2, 14, 9, 30);
  const entries: ErrorLogEntry[] = [
    { at: AT + 1000, context: 'broadcast.page-refresh', message: '<img src=x onerror=alert(1)> refused' },
    { at: AT, context: 'sync.alarm', message: 'network (sessions.list): Failed to fetch' },
  ];

  async function diagnostics(api: OptionsApi) {
    renderOptions(api);
    return within(await screen.findByRole('region', { name: 'Diagnostics' }));
  }

  it('lists the log newest first, as text, and copies a plain-text report for support', async () => {
    const { api } = fakeOptionsApi({}, SIGNED_IN, entries);
    const section = await diagnostics(api);
    const items = within(await section.findByRole('list', { name: /newest first/ })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('broadcast.page-refresh <img src=x onerror=alert(1)> refused'),
      expect.stringContaining('sync.alarm network (sessions.list): Failed to fetch'),
    ]);
    // The message is text: no element was made from it.
    expect(items[0]?.querySelector('img')).toBeNull();

    fireEvent.click(section.getByRole('button', { name: 'Copy report' }));
    await section.findByText('The report is in the clipboard.');
    expect(api.copyText).toHaveBeenCalledWith(
      [
        'Leady Insights diagnostics report',
        'Extension version: 1.4.0',
        'Browser: Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0',
        '',
        'Recorded problems, newest first (2):',
        '2026-03-14T09:30:01.000Z  broadcast.page-refresh  <img src=x onerror=alert(1)> refused',
        '2026-03-14T09:30:00.000Z  sync.alarm  network (sessions.list): Failed to fetch',
        '',
      ].join('\n'),
    );
  });

  it('Clear empties the log; an empty log says so', async () => {
    const { api } = fakeOptionsApi({}, SIGNED_IN, entries);
    const section = await diagnostics(api);
    await section.findByRole('list', { name: /newest first/ });
    fireEvent.click(section.getByRole('button', { name: 'Clear' }));
    await section.findByText('No problems recorded since the browser started.');
    expect(api.clearErrorLog).toHaveBeenCalledTimes(1);
    expect(section.queryByRole('list')).toBeNull();
    expect(await api.errorLog()).toEqual([]);
  });

  it('says so when the clipboard refuses, and keeps the log', async () => {
    const { api } = fakeOptionsApi({}, SIGNED_IN, entries);
    api.copyText.mockRejectedValueOnce(new DOMException('Document is not focused.', 'NotAllowedError'));
    const section = await diagnostics(api);
    await section.findByRole('list', { name: /newest first/ });
    fireEvent.click(section.getByRole('button', { name: 'Copy report' }));
    await section.findByText('The browser did not allow copying to the clipboard.');
    expect(section.getAllByRole('listitem')).toHaveLength(2);
  });

  it('is in Czech for a Czech user', async () => {
    const { api } = fakeOptionsApi({ locale: 'cs' });
    renderOptions(api);
    const section = within(await screen.findByRole('region', { name: 'Diagnostika' }));
    await section.findByText('Od spuštění prohlížeče nejsou zaznamenané žádné potíže.');
    expect(section.getByRole('button', { name: 'Kopírovat zprávu' })).toBeTruthy();
  });
});
