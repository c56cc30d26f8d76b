import { useState } from 'preact/hooks';
import { apiHostOf } from '../../lib/extension-pages/popup/sign-in-error';
import { toErrorData } from '../../lib/shared/api/error-data';
import { errorMessage } from '../../lib/shared/api/error-message';
import type { AuthStatus } from '../../lib/shared/messaging/protocol';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ErrorNote } from '../common/ErrorNote';
import { usePopupApi, useText } from './context';
import { SettingsButton } from './SettingsButton';

interface Props {
  auth: AuthStatus;
  onAuthChange(status: AuthStatus): void;
}

/** Title bar with the account: who is signed in where, Settings, Sign out and Reset token. */
export function Header({ auth, onAuthChange }: Props) {
  const api = usePopupApi();
  const { t, locale } = useText();
  const [open, setOpen] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();

  const account = auth.email ? t('accountEmail', auth.email) : t('accountToken');

  async function run(action: () => Promise<AuthStatus>, done?: string) {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const status = await action();
      if (done) setNotice(done);
      onAuthChange(status);
    } catch (thrown) {
      setError(errorMessage(toErrorData(thrown), locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <header class="header">
      <div class="header-bar">
        <h1 class="header-title">{t('appTitle')}</h1>
        <button
          type="button"
          class="header-account"
          aria-expanded={open}
          aria-controls="account-panel"
          onClick={() => setOpen(!open)}
          title={account}
        >
          <span class="header-account-text" dir="auto">
            {auth.email ?? t('accountToken')}
          </span>
          <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
        <SettingsButton />
      </div>
      {open && (
        <div class="account-panel" id="account-panel">
          <p class="account-line" dir="auto">
            {account}
          </p>
          <p class="account-line muted">{t('apiHost', apiHostOf(auth.apiBaseUrl))}</p>
          <div class="account-actions">
            {auth.state === 'signed-in' && (
              <button type="button" class="button" disabled={busy} onClick={() => setConfirmReset(true)}>
                {t('resetToken')}
              </button>
            )}
            <button
              type="button"
              class="button"
              disabled={busy}
              title={t('signOutHint')}
              onClick={() => void run(() => api.signOut())}
            >
              {t('signOut')}
            </button>
          </div>
          {notice && (
            <p class="notice" role="status">
              {notice}
            </p>
          )}
          {error && <ErrorNote>{error}</ErrorNote>}
        </div>
      )}
      {confirmReset && (
        <ConfirmDialog
          title={t('resetTitle')}
          confirmLabel={t('resetConfirm')}
          cancelLabel={t('cancel')}
          danger
          busy={busy}
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => {
            setConfirmReset(false);
            void run(() => api.resetToken(), t('resetDone'));
          }}
        >
          <p>{t('resetWarning')}</p>
        </ConfirmDialog>
      )}
    </header>
  );
}
