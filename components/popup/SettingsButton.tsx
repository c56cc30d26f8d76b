import { usePopupApi, useText } from './context';

/** The ⚙ button that opens the options page (header of both the signed-in and signed-out popup). */
export function SettingsButton() {
  const api = usePopupApi();
  const { t } = useText();
  return (
    <button type="button" class="icon-button" onClick={() => void api.openOptions()} title={t('settings')}>
      <span aria-hidden="true">⚙</span>
      <span class="visually-hidden">{t('settings')}</span>
    </button>
  );
}
