import type { ErrorMessageKey } from '../i18n/catalogs/errors';
import type { Translate } from '../i18n/translate';
import type { LeadyErrorData } from './errors';

/** The same sentence from any translator of the error strings (the content script's come from the background). */
export function describeError(error: LeadyErrorData, t: Translate<ErrorMessageKey>): string {
  switch (error.kind) {
    case 'bad-credentials':
    case 'validation':
      return t(error.kind, error.apiMessage ?? firstFieldMessage(error) ?? error.message);
    case 'throttled':
      return error.retryAfterSeconds === undefined
        ? t('throttledUnknown')
        : t('throttled', Math.ceil(error.retryAfterSeconds));
    case 'server':
      return t('server', error.status ?? '5xx');
    default:
      return t(error.kind);
  }
}

function firstFieldMessage(error: LeadyErrorData): string | undefined {
  const entries = Object.entries(error.fieldErrors ?? {});
  const [field, messages] = entries[0] ?? [];
  if (!field || !messages?.length) return undefined;
  return field === 'non_field_errors' ? messages[0] : `${field}: ${messages[0]}`;
}
