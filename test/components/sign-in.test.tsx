// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInForm } from '../../components/popup/SignInForm';
import type { PopupApi } from '../../lib/extension-pages/popup/popup-api';
import { API_URL, fakeApi, leadyError, renderWith, SIGNED_IN } from './fake-api';

afterEach(() => {
  vi.useRealTimers();
});

function renderForm(overrides: Partial<PopupApi>, locale: 'en' | 'cs' = 'en') {
  const api = fakeApi(overrides);
  const onSignedIn = vi.fn();
  renderWith(api, <SignInForm apiBaseUrl={API_URL} onSignedIn={onSignedIn} />, locale);
  return { api, onSignedIn };
}

function fillAndSubmit(email = 'obchod@firma.cz', password = 'tajne-heslo') {
  fireEvent.input(screen.getByLabelText('E-mail'), { target: { value: email } });
  fireEvent.input(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in form', () => {
  it('signs in with e-mail and password and reports the new status', async () => {
    const { api, onSignedIn } = renderForm({});
    fillAndSubmit();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(SIGNED_IN));
    expect(api.signIn).toHaveBeenCalledWith('obchod@firma.cz', 'tajne-heslo');
  });

  it('asks for missing fields without calling the API', async () => {
    const { api } = renderForm({});
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter your e-mail.');
    expect(api.signIn).not.toHaveBeenCalled();
  });

  it('shows the API’s message for wrong credentials and clears the password', async () => {
    renderForm({
      signIn: async () => {
        throw leadyError('bad-credentials', { apiMessage: 'Unable to log in with provided credentials.' });
      },
    });
    fillAndSubmit();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Sign-in failed: Unable to log in with provided credentials.',
    );
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
  });

  it('counts a throttle down live and allows a new attempt when it is over', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 27, 12));
    renderForm({
      signIn: async () => {
        throw leadyError('throttled', { retryAfterSeconds: 3 });
      },
    });
    fillAndSubmit();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Leady asks us to slow down. You can try again in 3 s.');
    const button = screen.getByRole('button', { name: /Sign in \(3 s\)/ });
    expect(button).toHaveProperty('disabled', true);

    await act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'Leady asks us to slow down. You can try again in 2 s.',
    );
    await act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(screen.getByRole('alert').textContent).toBe('You can try again now.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', false);
  });

  it('tells offline apart from Leady being unreachable', async () => {
    const network = async () => {
      throw leadyError('network');
    };
    renderForm({ signIn: network, online: () => false });
    fillAndSubmit();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'You are offline. Connect to the internet and try again.',
    );
  });

  it('names the unreachable API host', async () => {
    renderForm({
      signIn: async () => {
        throw leadyError('network');
      },
    });
    fillAndSubmit();
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Cannot reach Leady at api\.leady\.com\./,
    );
  });

  it('explains an unexpected response and a server error', async () => {
    const { api } = renderForm({
      signIn: async () => {
        throw leadyError('malformed');
      },
    });
    fillAndSubmit();
    expect((await screen.findByRole('alert')).textContent).toMatch(/api\.leady\.com answered in a way/);
    api.signIn.mockRejectedValueOnce(leadyError('server', { status: 502 }));
    fillAndSubmit();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/error 502/));
  });

  it('signs in with a pasted token, with its own errors', async () => {
    const { api, onSignedIn } = renderForm({
      signInWithToken: async () => {
        throw leadyError('bad-credentials', { apiMessage: 'Invalid token.' });
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Use an API token instead' }));
    fireEvent.input(screen.getByLabelText('API token'), { target: { value: 'abc123def456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Leady did not accept this token. It may have been reset.',
    );
    api.signInWithToken.mockResolvedValueOnce(SIGNED_IN);
    fireEvent.input(screen.getByLabelText('API token'), { target: { value: 'abc123def456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(api.signInWithToken).toHaveBeenLastCalledWith('abc123def456');
  });

  it('speaks Czech', async () => {
    renderForm(
      {
        signIn: async () => {
          throw leadyError('network');
        },
        online: () => false,
      },
      'cs',
    );
    fireEvent.input(screen.getByLabelText('E-mail'), { target: { value: 'a@b.cz' } });
    fireEvent.input(screen.getByLabelText('Heslo'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Přihlásit se' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Jste offline. Připojte se k internetu a zkuste to znovu.',
    );
  });
});
