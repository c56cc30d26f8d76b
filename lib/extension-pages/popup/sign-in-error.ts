/**
 * The sentence under the sign-in form. Beyond the general error texts it tells apart the cases a
 * user can act on differently: offline (fix the connection), Leady unreachable or answering
 * nonsense (check the API address), a throttle (wait, with the seconds counting down).
 */
import { errorMessage } from '../../shared/api/error-message';
import type { LeadyErrorData } from '../../shared/api/errors';
import { popupCatalog } from '../../shared/i18n/catalogs/popup';
import { createTranslator, type Locale } from '../../shared/i18n/translate';

export interface SignInErrorContext {
  locale: Locale;
  online: boolean;
  /** Host of the API the sign-in went to ("api.leady.com"). */
  apiHost: string;
  /** Signing in with a pasted token (its rejection is not "wrong password"). */
  withToken: boolean;
  /** Throttled: seconds still to wait (counted down by the form). */
  secondsLeft?: number;
}

export function signInErrorText(error: LeadyErrorData, context: SignInErrorContext): string {
  const t = createTranslator(popupCatalog, context.locale);
  switch (error.kind) {
    case 'network':
      return context.online ? t('errUnreachable', context.apiHost) : t('errOffline');
    case 'malformed':
      return t('errUnexpected', context.apiHost);
    case 'throttled': {
      // Nothing is retried by itself here: the user signs in again when the wait is over.
      const seconds = context.secondsLeft ?? error.retryAfterSeconds;
      if (seconds === undefined) return t('errThrottledUnknown');
      return seconds <= 0 ? t('throttleOver') : t('errThrottled', Math.ceil(seconds));
    }
    case 'validation':
      if (error.fieldErrors?.token) return t('errTokenFormat');
      return errorMessage(error, context.locale);
    case 'bad-credentials':
    case 'unauthorized':
      // With a token there is no API sentence worth showing ("Invalid token."), only what it means.
      if (context.withToken) return t('errTokenRejected');
      return errorMessage({ ...error, kind: 'bad-credentials' }, context.locale);
    default:
      return errorMessage(error, context.locale);
  }
}

/** Host of an API base URL for messages; the text itself when it is not a URL. */
export function apiHostOf(apiBaseUrl: string): string {
  try {
    return new URL(apiBaseUrl).host;
  } catch {
    // Not a URL: the message names it as typed.
    return apiBaseUrl;
  }
}
