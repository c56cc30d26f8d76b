import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PopupApi } from '../../lib/extension-pages/popup/popup-api';
import { type PopupTextKey, popupCatalog } from '../../lib/shared/i18n/catalogs/popup';
import { createTranslator, type Locale, type Translate } from '../../lib/shared/i18n/translate';

export const PopupApiContext = createContext<PopupApi | null>(null);

/** The popup's data access; tests provide a fake through PopupApiContext. */
export function usePopupApi(): PopupApi {
  const api = useContext(PopupApiContext);
  if (!api) throw new Error('usePopupApi outside PopupApiContext');
  return api;
}

export interface PopupText {
  locale: Locale;
  timeZone: string;
  t: Translate<PopupTextKey>;
}

export function popupText(locale: Locale, timeZone: string): PopupText {
  return { locale, timeZone, t: createTranslator(popupCatalog, locale) };
}

export const PopupTextContext = createContext<PopupText>(popupText('en', 'UTC'));

export function useText(): PopupText {
  return useContext(PopupTextContext);
}
