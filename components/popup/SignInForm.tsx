import { useId, useState } from 'preact/hooks';
import { apiHostOf, signInErrorText } from '../../lib/extension-pages/popup/sign-in-error';
import { toErrorData } from '../../lib/shared/api/error-data';
import type { LeadyErrorData } from '../../lib/shared/api/errors';
import type { AuthStatus } from '../../lib/shared/messaging/protocol';
import { useCountdown } from '../common/use-countdown';
import { usePopupApi, useText } from './context';

interface Props {
  apiBaseUrl: string;
  /** Prefilled after an expiry: the account the user was signed in to. */
  email?: string;
  onSignedIn(status: AuthStatus): void;
}

type Mode = 'password' | 'token';

/**
 * E-mail and password, or a pasted API token. The password lives only in this form's state while
 * it is typed, is sent once to the background, and is cleared as soon as the attempt ends.
 */
export function SignInForm({ apiBaseUrl, email: initialEmail = '', onSignedIn }: Props) {
  const api = usePopupApi();
  const { t, locale } = useText();
  const id = useId();
  const [mode, setMode] = useState<Mode>('password');
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<string>();
  const [error, setError] = useState<{ data: LeadyErrorData; withToken: boolean; deadline?: number }>();
  const secondsLeft = useCountdown(error?.deadline);
  const waiting = secondsLeft !== undefined && secondsLeft > 0;

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || waiting) return;
    const withToken = mode === 'token';
    const required = withToken
      ? !token.trim() && t('requiredToken')
      : (!email.trim() && t('requiredEmail')) || (!password && t('requiredPassword'));
    setMissing(required || undefined);
    if (required) return;
    setBusy(true);
    setError(undefined);
    try {
      const status = withToken ? await api.signInWithToken(token) : await api.signIn(email, password);
      setPassword('');
      setToken('');
      onSignedIn(status);
    } catch (thrown) {
      const data = toErrorData(thrown, 'auth.signIn');
      const deadline =
        data.kind === 'throttled' && data.retryAfterSeconds !== undefined
          ? Date.now() + data.retryAfterSeconds * 1000
          : undefined;
      setPassword('');
      setError({ data, withToken, deadline });
    } finally {
      setBusy(false);
    }
  }

  const message =
    missing ??
    (error &&
      signInErrorText(error.data, {
        locale,
        online: api.online(),
        apiHost: apiHostOf(apiBaseUrl),
        withToken: error.withToken,
        secondsLeft,
      }));

  const switchMode = () => {
    setMode(mode === 'password' ? 'token' : 'password');
    setMissing(undefined);
    setError(undefined);
  };

  return (
    <form class="sign-in" onSubmit={submit} noValidate aria-describedby={message ? `${id}-error` : undefined}>
      {mode === 'password' ? (
        <>
          <label class="field" for={`${id}-email`}>
            <span class="field-label">{t('email')}</span>
            <input
              id={`${id}-email`}
              type="email"
              autoComplete="username"
              value={email}
              onInput={(event) => setEmail(event.currentTarget.value)}
              required
            />
          </label>
          <label class="field" for={`${id}-password`}>
            <span class="field-label">{t('password')}</span>
            <input
              id={`${id}-password`}
              type="password"
              autoComplete="current-password"
              value={password}
              onInput={(event) => setPassword(event.currentTarget.value)}
              required
            />
          </label>
          <p class="hint">{t('passwordNote')}</p>
        </>
      ) : (
        <>
          <label class="field" for={`${id}-token`}>
            <span class="field-label">{t('token')}</span>
            <input
              id={`${id}-token`}
              type="password"
              autoComplete="off"
              spellcheck={false}
              value={token}
              onInput={(event) => setToken(event.currentTarget.value)}
              aria-describedby={`${id}-token-help`}
              required
            />
          </label>
          <p class="hint" id={`${id}-token-help`}>
            {t('tokenHelp')}
          </p>
        </>
      )}
      {message && (
        <div class="error-note" id={`${id}-error`} role="alert">
          {/* The countdown changes every second: announce the sentence once, not each tick. */}
          <span aria-live="off">{message}</span>
        </div>
      )}
      <button type="submit" class="button button-primary button-wide" disabled={busy || waiting}>
        {busy ? t('signingIn') : waiting ? `${t('signIn')} (${secondsLeft} s)` : t('signIn')}
      </button>
      <button type="button" class="link-button" onClick={switchMode}>
        {mode === 'password' ? t('useToken') : t('usePassword')}
      </button>
    </form>
  );
}
