import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { OptionsApi } from '../../lib/extension-pages/options/options-api';
import { type OptionsTextKey, optionsCatalog } from '../../lib/shared/i18n/catalogs/options';
import { createTranslator, type Locale, type Translate } from '../../lib/shared/i18n/translate';

export const OptionsApiContext = createContext<OptionsApi | null>(null);

export function useOptionsApi(): OptionsApi {
  const api = useContext(OptionsApiContext);
  if (!api) throw new Error('useOptionsApi outside OptionsApiContext');
  return api;
}

export interface OptionsText {
  locale: Locale;
  t: Translate<OptionsTextKey>;
}

export function optionsText(locale: Locale): OptionsText {
  return { locale, t: createTranslator(optionsCatalog, locale) };
}

export const OptionsTextContext = createContext<OptionsText>(optionsText('en'));

export function useOptionsText(): OptionsText {
  return useContext(OptionsTextContext);
}
