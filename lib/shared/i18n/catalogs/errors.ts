import type { LeadyErrorKind } from '../../api/errors';
import { defineCatalog } from '../translate';

/** One user-facing sentence per error kind; `$1` is the API's own message or seconds to wait. */
export type ErrorMessageKey = LeadyErrorKind | 'throttledUnknown';

export const errorCatalog = defineCatalog<ErrorMessageKey>({
  en: {
    'bad-credentials': 'Sign-in failed: $1',
    unauthorized: 'Your Leady sign-in has expired or the token was reset. Please sign in again.',
    forbidden: 'Your Leady account is not allowed to do this.',
    validation: 'Leady did not accept the request: $1',
    throttled: 'Leady asks us to slow down. Trying again in $1 s.',
    throttledUnknown: 'Leady asks us to slow down. Trying again shortly.',
    'not-found': 'Leady no longer has this record.',
    server: 'Leady is having trouble right now (error $1). Please try again later.',
    network: 'Cannot reach Leady. Check your internet connection.',
    timeout: 'Leady did not answer in time. Please try again.',
    malformed: 'Leady sent an answer this extension does not understand. Your saved data is unchanged.',
    aborted: 'The request was cancelled.',
    'signed-out': 'Sign in to Leady to see your visitors.',
  },
  cs: {
    'bad-credentials': 'Přihlášení se nezdařilo: $1',
    unauthorized: 'Platnost přihlášení do Leady vypršela nebo byl token změněn. Přihlaste se prosím znovu.',
    forbidden: 'Váš účet v Leady k této akci nemá oprávnění.',
    validation: 'Leady požadavek nepřijalo: $1',
    throttled: 'Leady žádá o zpomalení. Zkusíme to znovu za $1 s.',
    throttledUnknown: 'Leady žádá o zpomalení. Zkusíme to za chvíli znovu.',
    'not-found': 'Tento záznam už v Leady není.',
    server: 'Leady má právě potíže (chyba $1). Zkuste to prosím později.',
    network: 'Leady není dostupné. Zkontrolujte připojení k internetu.',
    timeout: 'Leady neodpovědělo včas. Zkuste to prosím znovu.',
    malformed: 'Leady poslalo odpověď, které rozšíření nerozumí. Uložená data zůstala beze změny.',
    aborted: 'Požadavek byl zrušen.',
    'signed-out': 'Přihlaste se do Leady, abyste viděli své návštěvníky.',
  },
});
