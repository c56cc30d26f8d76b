import { useState } from 'preact/hooks';
import { apiHostOf } from '../../lib/extension-pages/popup/sign-in-error';
import { toErrorData } from '../../lib/shared/api/error-data';
import { errorMessage } from '../../lib/shared/api/error-message';
import type { AuthStatus } from '../../lib/shared/messaging/protocol';
import { ErrorNote } from '../common/ErrorNote';
import { useOptionsApi, useOptionsText } from './context';
import { Section } from './Section';

interface Props {
  auth: AuthStatus;
  onAuthChange(status: AuthStatus): void;
}

/** Who is signed in where; signing in happens in the popup, signing out here too. */
export function AccountSection({ auth, onAuthChange }: Props) {
  const api = useOptionsApi();
  const { t, locale } = useOptionsText();
  const [error, setError] = useState<string>();
  const host = apiHostOf(auth.apiBaseUrl);
  const text =
    auth.state === 'signed-out'
      ? t('accountSignedOut')
      : auth.state === 'expired'
        ? t('accountExpired', host)
        : auth.email
          ? t('accountSignedIn', auth.email, host)
          : t('accountSignedInToken', host);

  async function signOut() {
    setError(undefined);
    try {
      onAuthChange(await api.signOut());
    } catch (thrown) {
      setError(errorMessage(toErrorData(thrown), locale));
    }
  }

  return (
    <Section title={t('accountTitle')}>
      <p dir="auto">{text}</p>
      {auth.state !== 'signed-out' && (
        <div>
          <button type="button" class="button" onClick={() => void signOut()}>
            {t('signOut')}
          </button>
        </div>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
    </Section>
  );
}
