import { browser } from 'wxt/browser';
import { backgroundCatalog } from '../shared/i18n/catalogs/background';
import { createTranslator, type Locale } from '../shared/i18n/translate';
import type { AuthState } from '../shared/settings';
import { accountItem, newCompaniesItem } from './account-items';
import { recordFailure } from './diagnostics/failures';
import { userLocale } from './locale';

interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

/** What the toolbar icon shows: new companies since the popup was last opened, or a sign-in state. */
function badgeLook(state: AuthState, newCompanies: number, locale: Locale): BadgeLook {
  const t = createTranslator(backgroundCatalog, locale);
  if (state === 'signed-out') return { text: '?', color: '#6b7280', title: t('titleSignedOut') };
  if (state === 'expired') return { text: '!', color: '#b91c1c', title: t('titleExpired') };
  if (newCompanies <= 0) return { text: '', color: '#2563eb', title: t('titleIdle') };
  return {
    text: newCompanies > 99 ? '99+' : String(newCompanies),
    color: '#2563eb',
    title: t('titleNew', newCompanies),
  };
}

async function render(): Promise<void> {
  const [account, count, locale] = await Promise.all([
    accountItem.getValue(),
    newCompaniesItem.getValue(),
    userLocale(),
  ]);
  const look = badgeLook(account.state, count, locale);
  await Promise.all([
    browser.action.setBadgeText({ text: look.text }),
    browser.action.setBadgeBackgroundColor({ color: look.color }),
    browser.action.setTitle({ title: look.title }),
  ]);
}

/**
 * Keeps the toolbar badge in step with storage (which sync, sign-in and the popup change). Auth
 * changes need no listener of their own: every one is a write of the account, which the watch sees.
 */
export function startToolbarBadge(): { clear(): Promise<void> } {
  const refresh = () => {
    render().catch(recordFailure('badge.render'));
  };
  accountItem.watch(refresh);
  newCompaniesItem.watch(refresh);
  refresh();
  return {
    /** The popup was opened: the user has seen what is new. */
    async clear() {
      await newCompaniesItem.setValue(0);
      await render();
    },
  };
}
