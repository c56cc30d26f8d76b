import { errorCatalog } from '../i18n/catalogs/errors';
import { createTranslator, type Locale } from '../i18n/translate';
import { describeError } from './describe-error';
import type { LeadyErrorData } from './errors';

/** The sentence a user sees for an error, in their language. */
export function errorMessage(error: LeadyErrorData, locale: Locale): string {
  return describeError(error, createTranslator(errorCatalog, locale));
}
