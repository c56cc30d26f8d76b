/**
 * The one line above a list that says how fresh it is: updating, updated N minutes ago, offline
 * with saved data, or not refreshed because the sign-in expired.
 */
import { errorMessage } from '../../shared/api/error-message';
import type { LeadyErrorData } from '../../shared/api/errors';
import { popupCatalog } from '../../shared/i18n/catalogs/popup';
import { createTranslator, type Locale } from '../../shared/i18n/translate';
import { formatAgo } from './format-time';

export interface FreshnessInput {
  source?: 'cache' | 'api';
  updatedAt?: number;
  refreshing: boolean;
  refreshError?: LeadyErrorData;
  /** The sign-in expired: nothing will be refreshed until the user signs in again. */
  expired: boolean;
  online: boolean;
}

export interface Freshness {
  text: string;
  tone: 'busy' | 'ok' | 'warn';
}

export function freshness(input: FreshnessInput, now: number, locale: Locale): Freshness | undefined {
  const t = createTranslator(popupCatalog, locale);
  const ago = input.updatedAt === undefined ? undefined : formatAgo(input.updatedAt, now, locale);
  if (input.expired) {
    return { tone: 'warn', text: ago ? t('notRefreshed', ago) : t('notRefreshedNoTime') };
  }
  if (input.refreshing) return { tone: 'busy', text: t('syncing') };
  const error = input.refreshError;
  if (error && (error.kind === 'network' || error.kind === 'timeout') && !input.online) {
    return { tone: 'warn', text: ago ? t('offlineSaved', ago) : t('offlineSavedNoTime') };
  }
  if (error) return { tone: 'warn', text: t('refreshFailed', errorMessage(error, locale)) };
  if (ago) return { tone: 'ok', text: t('updatedAgo', ago) };
  return undefined;
}
