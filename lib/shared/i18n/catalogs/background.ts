import { defineCatalog } from '../translate';

/** Text the background shows itself: the context-menu item, the toolbar title, notifications. */
export const backgroundCatalog = defineCatalog({
  en: {
    menuBlacklist: 'Blacklist “$1” in Leady',
    menuBlacklistNone: 'Blacklist in Leady (no company matched here)',
    titleSignedOut: 'Leady Insights: sign in to see your visitors',
    titleExpired: 'Leady Insights: your sign-in expired, sign in again',
    titleNew: 'Leady Insights: $1 newly identified companies',
    titleIdle: 'Leady Insights',
    notifyBlacklistFailedTitle: 'Blacklisting failed',
    notifyBlacklistFailed: 'Leady did not blacklist “$1”: $2',
  },
  cs: {
    menuBlacklist: 'Přidat „$1“ na blacklist v Leady',
    menuBlacklistNone: 'Přidat na blacklist v Leady (žádná rozpoznaná firma)',
    titleSignedOut: 'Leady Insights: přihlaste se a uvidíte své návštěvníky',
    titleExpired: 'Leady Insights: přihlášení vypršelo, přihlaste se znovu',
    titleNew: 'Leady Insights: nově rozpoznané firmy: $1',
    titleIdle: 'Leady Insights',
    notifyBlacklistFailedTitle: 'Přidání na blacklist se nezdařilo',
    notifyBlacklistFailed: 'Leady nepřidalo „$1“ na blacklist: $2',
  },
});
