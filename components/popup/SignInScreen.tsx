import type { AuthStatus } from '../../lib/shared/messaging/protocol';
import { useText } from './context';
import { SettingsButton } from './SettingsButton';
import { SignInForm } from './SignInForm';

interface Props {
  auth: AuthStatus;
  onSignedIn(status: AuthStatus): void;
}

/** Signed out: nothing to show but the way in (and to Settings, for a sandbox or proxy API). */
export function SignInScreen({ auth, onSignedIn }: Props) {
  const { t } = useText();
  return (
    <>
      <header class="header">
        <div class="header-bar">
          <h1 class="header-title">{t('appTitle')}</h1>
          <SettingsButton />
        </div>
      </header>
      <main class="sign-in-screen">
        <h2 class="screen-title">{t('signInTitle')}</h2>
        <p class="muted">{t('signInIntro')}</p>
        <SignInForm apiBaseUrl={auth.apiBaseUrl} onSignedIn={onSignedIn} />
      </main>
    </>
  );
}
