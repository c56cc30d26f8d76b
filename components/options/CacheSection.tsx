import { useState } from 'preact/hooks';
import { toErrorData } from '../../lib/shared/api/error-data';
import { errorMessage } from '../../lib/shared/api/error-message';
import { ErrorNote } from '../common/ErrorNote';
import { useOptionsApi, useOptionsText } from './context';
import { Section } from './Section';

/** "Clear cached data": everything cached goes, the sign-in stays, and a full sync starts. */
export function CacheSection() {
  const api = useOptionsApi();
  const { t, locale } = useOptionsText();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();

  async function clear() {
    setBusy(true);
    setDone(undefined);
    setError(undefined);
    try {
      const { syncing } = await api.clearCache();
      setDone(syncing ? t('cacheCleared') : t('cacheClearedSignedOut'));
    } catch (thrown) {
      setError(errorMessage(toErrorData(thrown), locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('cacheTitle')} help={t('cacheHelp')}>
      <div>
        <button type="button" class="button" disabled={busy} onClick={() => void clear()}>
          {busy ? t('cacheClearing') : t('cacheClear')}
        </button>
      </div>
      {done && (
        <p class="notice" role="status">
          {done}
        </p>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
    </Section>
  );
}
