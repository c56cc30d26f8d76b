import { errorCatalog } from '../i18n/catalogs/errors';
import { createTranslator, type Locale } from '../i18n/translate';
import type { LeadyErrorData } from './errors';

/** The sentence a user sees for an error, in their language. */
export function errorMessage(error: LeadyErrorData, locale: Locale): string {
  const t = createTranslator(errorCatalog, locale);
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
