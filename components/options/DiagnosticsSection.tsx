import { useEffect, useState } from 'preact/hooks';
import { diagnosticsReport } from '../../lib/extension-pages/options/diagnostics-report';
import { dateFormat } from '../../lib/extension-pages/popup/intl-cache';
import { toErrorData } from '../../lib/shared/api/error-data';
import { errorMessage } from '../../lib/shared/api/error-message';
import type { ErrorLogEntry } from '../../lib/shared/messaging/protocol/diagnostics';
import { ErrorNote } from '../common/ErrorNote';
import { useOptionsApi, useOptionsText } from './context';
import { Section } from './Section';

/**
 * "Diagnostics": the worker's error log, newest first, with a plain-text report to copy for
 * support and a way to clear it. Messages are shown as text, never as HTML.
 */
export function DiagnosticsSection() {
  const api = useOptionsApi();
  const { t, locale } = useOptionsText();
  const [entries, setEntries] = useState<ErrorLogEntry[]>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const time = dateFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });

  useEffect(() => {
    api.errorLog().then(setEntries, (thrown: unknown) => setError(errorMessage(toErrorData(thrown), locale)));
    // Read once when the page opens; the locale only words a failure.
  }, [api]);

  async function copy() {
    setStatus(undefined);
    const report = diagnosticsReport(api.reportSource(), entries ?? [], {
      title: t('diagnosticsReportTitle'),
      version: t('diagnosticsReportVersion'),
      browser: t('diagnosticsReportBrowser'),
      entries: t('diagnosticsReportEntries'),
      empty: t('diagnosticsEmpty'),
    });
    try {
      await api.copyText(report);
      setStatus(t('diagnosticsCopied'));
    } catch {
      // The clipboard refused (no permission, page not focused): say so, the log stays as it is.
      setStatus(t('diagnosticsCopyFailed'));
    }
  }

  async function clear() {
    setStatus(undefined);
    setError(undefined);
    try {
      await api.clearErrorLog();
      setEntries([]);
      setStatus(t('diagnosticsCleared'));
    } catch (thrown) {
      setError(errorMessage(toErrorData(thrown), locale));
    }
  }

  return (
    <Section title={t('diagnosticsTitle')} help={t('diagnosticsHelp')}>
      {entries &&
        (entries.length === 0 ? (
          <p class="hint">{t('diagnosticsEmpty')}</p>
        ) : (
          <ol class="diagnostics-log" aria-label={t('diagnosticsListLabel')}>
            {entries.map((entry, index) => (
              <li class="diagnostics-entry" key={`${entry.at}-${index}`}>
                <time dateTime={new Date(entry.at).toISOString()}>{time.format(entry.at)}</time>{' '}
                <code>{entry.context}</code> <span>{entry.message}</span>
              </li>
            ))}
          </ol>
        ))}
      <div class="inline-form">
        <button type="button" class="button" disabled={!entries} onClick={() => void copy()}>
          {t('diagnosticsCopy')}
        </button>
        <button type="button" class="button" disabled={!entries?.length} onClick={() => void clear()}>
          {t('diagnosticsClear')}
        </button>
      </div>
      <p class="saved" role="status" aria-live="polite">
        {status ?? ''}
      </p>
      {error && <ErrorNote>{error}</ErrorNote>}
    </Section>
  );
}
