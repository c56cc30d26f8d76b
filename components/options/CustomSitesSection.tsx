import { useId, useState } from 'preact/hooks';
import { parseApiBaseUrl } from '../../lib/extension-pages/options/api-url';
import { toErrorData } from '../../lib/shared/api/error-data';
import { errorMessage } from '../../lib/shared/api/error-message';
import { isBuiltInCrmOrigin } from '../../lib/shared/sites/built-in';
import { originMatchPattern, parseSiteOrigin } from '../../lib/shared/sites/origin';
import { ErrorNote } from '../common/ErrorNote';
import { useOptionsApi, useOptionsText } from './context';
import { Section } from './Section';

interface Props {
  origins: string[];
  /** The API address in use: its permission must stay when a site on the same host is removed. */
  apiBaseUrl: string;
  onChange(origins: string[]): void;
}

/** User-added sites: origin → permission (from the click) → `sites.enable`; remove → `sites.disable`. */
export function CustomSitesSection({ origins, apiBaseUrl, onChange }: Props) {
  const api = useOptionsApi();
  const { t, locale } = useOptionsText();
  const id = useId();
  const [input, setInput] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  function parse(value: string): string | undefined {
    try {
      return parseSiteOrigin(value);
    } catch {
      // Not an origin: the caller shows "customInvalid".
      return undefined;
    }
  }

  async function add(event: Event) {
    event.preventDefault();
    const origin = parse(input);
    if (!origin) return setError(t('customInvalid'));
    if (isBuiltInCrmOrigin(origin)) return setError(t('customBuiltIn'));
    setError(undefined);
    setBusy(true);
    try {
      // First, while the click still counts as the user's gesture.
      if (!(await api.requestOrigins([originMatchPattern(origin)]))) {
        setError(t('customDenied', origin));
        return;
      }
      onChange(await api.enableSite(origin));
      setInput('');
    } catch (thrown) {
      setError(errorMessage(toErrorData(thrown), locale));
    } finally {
      setBusy(false);
    }
  }

  async function remove(origin: string) {
    setError(undefined);
    try {
      onChange(await api.disableSite(origin));
      const pattern = originMatchPattern(origin);
      const apiUrl = parseApiBaseUrl(apiBaseUrl);
      // Access the extension no longer needs is given back; the API's own host keeps it.
      // Keeping a permission no longer needed is harmless: the site is removed either way.
      if (!apiUrl.ok || apiUrl.pattern !== pattern) await api.removeOrigins([pattern]).catch(() => false);
    } catch (thrown) {
      setError(errorMessage(toErrorData(thrown), locale));
    }
  }

  return (
    <Section title={t('customTitle')} help={t('customHelp')}>
      <form class="inline-form" onSubmit={add} noValidate>
        <label class="field field-grow" for={`${id}-origin`}>
          <span class="field-label">{t('customLabel')}</span>
          <input
            id={`${id}-origin`}
            type="url"
            placeholder={t('customPlaceholder')}
            value={input}
            spellcheck={false}
            onInput={(event) => setInput(event.currentTarget.value)}
            aria-invalid={error !== undefined}
          />
        </label>
        <button type="submit" class="button button-primary" disabled={busy}>
          {t('customAdd')}
        </button>
      </form>
      {error && <ErrorNote>{error}</ErrorNote>}
      {origins.length === 0 ? (
        <p class="muted">{t('customEmpty')}</p>
      ) : (
        <ul class="origins" aria-label={t('customListLabel')}>
          {origins.map((origin) => (
            <li class="origin" key={origin}>
              <span dir="auto">{origin}</span>
              <button
                type="button"
                class="button button-small"
                aria-label={t('customRemoveLabel', origin)}
                onClick={() => void remove(origin)}
              >
                {t('customRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
