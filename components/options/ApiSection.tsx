import { useId, useState } from 'preact/hooks';
import { parseApiBaseUrl, sameApiUrl } from '../../lib/extension-pages/options/api-url';
import { toErrorData } from '../../lib/shared/api/error-data';
import { errorMessage } from '../../lib/shared/api/error-message';
import type { AuthStatus } from '../../lib/shared/messaging/protocol';
import type { Settings } from '../../lib/shared/settings';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ErrorNote } from '../common/ErrorNote';
import { useOptionsApi, useOptionsText } from './context';
import { Section } from './Section';

interface Props {
  settings: Settings;
  auth: AuthStatus;
  onSaved(settings: Settings, auth: AuthStatus): void;
}

/**
 * The API address, for a sandbox or a proxy. A token belongs to the API that issued it, so a change
 * signs the user out (after a confirmation when there is something to lose); the browser's
 * permission for the new origin is asked first, straight from the click.
 */
export function ApiSection({ settings, auth, onSaved }: Props) {
  const api = useOptionsApi();
  const { t, locale } = useOptionsText();
  const id = useId();
  const current = settings.apiBaseUrl ?? api.defaultApiBaseUrl;
  const [input, setInput] = useState(current);
  const [pending, setPending] = useState<string>();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);

  async function apply(target: string) {
    const parsed = parseApiBaseUrl(target);
    if (!parsed.ok) return;
    setBusy(true);
    setMessage(undefined);
    try {
      // First, while the click still counts as the user's gesture.
      const granted =
        sameApiUrl(parsed.url, api.defaultApiBaseUrl) || (await api.requestOrigins([parsed.pattern]));
      if (!granted) {
        setMessage({ text: t('apiPermissionDenied', parsed.origin), error: true });
        return;
      }
      const status = auth.state === 'signed-out' ? auth : await api.signOut();
      const saved = await api.saveSettings({
        apiBaseUrl: sameApiUrl(parsed.url, api.defaultApiBaseUrl) ? undefined : parsed.url,
      });
      setInput(parsed.url);
      setMessage({ text: t('apiChanged', parsed.url), error: false });
      onSaved(saved, status);
    } catch (thrown) {
      setMessage({ text: errorMessage(toErrorData(thrown), locale), error: true });
    } finally {
      setBusy(false);
      setPending(undefined);
    }
  }

  function submit(target: string) {
    const parsed = parseApiBaseUrl(target);
    if (!parsed.ok) {
      setMessage({ text: t(parsed.reason === 'insecure' ? 'apiInsecure' : 'apiInvalid'), error: true });
      return;
    }
    if (sameApiUrl(parsed.url, current)) {
      setMessage({ text: t('apiUnchanged'), error: false });
      return;
    }
    // Signed out there is nothing to lose: no confirmation, and the permission prompt keeps the gesture.
    if (auth.state === 'signed-out') void apply(parsed.url);
    else setPending(parsed.url);
  }

  return (
    <Section title={t('apiTitle')} help={t('apiHelp', api.defaultApiBaseUrl)}>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit(input);
        }}
        noValidate
      >
        <label class="field field-grow" for={`${id}-url`}>
          <span class="field-label">{t('apiLabel')}</span>
          <input
            id={`${id}-url`}
            type="url"
            value={input}
            spellcheck={false}
            onInput={(event) => setInput(event.currentTarget.value)}
            aria-invalid={message?.error === true}
          />
        </label>
        <button type="submit" class="button button-primary" disabled={busy}>
          {t('apiSave')}
        </button>
        {settings.apiBaseUrl !== undefined && (
          <button type="button" class="button" disabled={busy} onClick={() => submit(api.defaultApiBaseUrl)}>
            {t('apiUseDefault')}
          </button>
        )}
      </form>
      {message &&
        (message.error ? (
          <ErrorNote>{message.text}</ErrorNote>
        ) : (
          <p class="notice" role="status">
            {message.text}
          </p>
        ))}
      {pending && (
        <ConfirmDialog
          title={t('apiConfirmTitle')}
          confirmLabel={t('apiConfirm')}
          cancelLabel={t('cancel')}
          danger
          busy={busy}
          onCancel={() => setPending(undefined)}
          onConfirm={() => void apply(pending)}
        >
          <p>{t('apiConfirmText')}</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}
