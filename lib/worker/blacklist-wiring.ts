import { browser } from 'wxt/browser';
import { errorMessage } from '../shared/api/error-message';
import { backgroundCatalog } from '../shared/i18n/catalogs/background';
import { createTranslator } from '../shared/i18n/translate';
import { type BlacklistService, createBlacklistService } from './blacklist/blacklist-service';
import { recordFailure } from './diagnostics/failures';
import { userLocale } from './locale';
import type { NotifyTabs } from './page-requests/tab-notifier';
import type { Services } from './services';

const BLACKLIST_ALARM = 'leady-blacklist-outbox';

/**
 * The blacklist outbox as the worker runs it: a timer sends it after the undo window while the
 * worker lives; an alarm (which survives the worker being stopped) is the backstop; and every start
 * flushes whatever a previous worker or browser session left pending.
 */
export function startBlacklist(services: Services, notifyTabs: NotifyTabs): BlacklistService {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const blacklist: BlacklistService = createBlacklistService(services, {
    onChange: (items) => {
      const companyIds = items.filter((item) => item.state !== 'failed').map((item) => item.companyId);
      services.events.emit({ event: 'blacklist.changed', companyIds });
      notifyTabs({ event: 'blacklist.changed', companyIds }).catch(
        recordFailure('broadcast.blacklist-changed'),
      );
    },
    onFailed: (item) => {
      notifyFailure(item.companyName, item.error).catch(recordFailure('blacklist.notify-failed'));
    },
    scheduleFlush: (at) => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(
        () => blacklist.flush().catch(recordFailure('blacklist.flush-timer')),
        Math.max(0, at - services.now()),
      );
      // Chrome's alarms fire no sooner than 30 s after being set: fine for a backstop.
      browser.alarms.create(BLACKLIST_ALARM, { when: Math.max(at, services.now() + 30_000) });
    },
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BLACKLIST_ALARM) blacklist.flush().catch(recordFailure('blacklist.flush-alarm'));
  });
  services.events.on((event) => {
    if (event.event === 'auth.changed' && event.status.state === 'signed-in')
      blacklist.flush().catch(recordFailure('blacklist.flush-sign-in'));
  });
  blacklist.flush().catch(recordFailure('blacklist.flush-start'));
  return blacklist;
}

async function notifyFailure(companyName: string, error: Parameters<typeof errorMessage>[0] | undefined) {
  const locale = await userLocale();
  const t = createTranslator(backgroundCatalog, locale);
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('notifyBlacklistFailedTitle'),
    message: t('notifyBlacklistFailed', companyName, error ? errorMessage(error, locale) : ''),
  });
}
