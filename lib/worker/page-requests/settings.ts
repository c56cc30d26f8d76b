/**
 * `page.settings`: the switches a content script needs before it scans. Settings stay in the
 * background (the content script never reads extension storage, which also holds the token).
 */

import { readSettings } from '../../runtime/storage-items';
import type { CrmSiteId } from '../../shared/config/build-config';
import { errorCatalog } from '../../shared/i18n/catalogs/errors';
import { overlayCatalog } from '../../shared/i18n/catalogs/overlay';
import { resolveLocale } from '../../shared/i18n/translate';
import type { PageSettings } from '../../shared/messaging/protocol/page';
import { accountItem } from '../account-items';
import { browserUiLanguage } from '../locale';

export async function pageSettings(): Promise<PageSettings> {
  const [settings, account] = await Promise.all([readSettings(), accountItem.getValue()]);
  const sites = (Object.keys(settings.sites) as CrmSiteId[]).filter((id) => settings.sites[id]);
  const locale = resolveLocale(settings.locale, browserUiLanguage());
  return {
    sites,
    customOrigins: settings.customOrigins,
    locale,
    auth: account.state,
    strings: { overlay: overlayCatalog[locale], errors: errorCatalog[locale] },
  };
}
