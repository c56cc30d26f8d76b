import { useId, useState } from 'preact/hooks';
import type { AuthStatus } from '../../lib/shared/messaging/protocol';
import { useText } from './context';
import { SignInForm } from './SignInForm';

interface Props {
  auth: AuthStatus;
  onSignedIn(status: AuthStatus): void;
}

/** The token stopped working: say so, keep the saved data visible, offer signing in again. */
export function ExpiredBanner({ auth, onSignedIn }: Props) {
  const { t } = useText();
  const id = useId();
  const [signingIn, setSigningIn] = useState(false);
  return (
    <section class="banner banner-warn" aria-labelledby={`${id}-title`}>
      <div role="alert">
        <p class="banner-title" id={`${id}-title`}>
          {t('expiredTitle')}
        </p>
        <p>{t('expiredText')}</p>
      </div>
      {signingIn ? (
        <SignInForm apiBaseUrl={auth.apiBaseUrl} email={auth.email} onSignedIn={onSignedIn} />
      ) : (
        <button type="button" class="button button-primary" onClick={() => setSigningIn(true)}>
          {t('signInAgain')}
        </button>
      )}
    </section>
  );
}
