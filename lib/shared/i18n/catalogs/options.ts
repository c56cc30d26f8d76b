import { defineCatalog } from '../translate';

/** The options page's text. */
export const optionsCatalog = defineCatalog({
  en: {
    title: 'Leady Insights – Settings',
    loading: 'Loading…',
    saved: 'Saved.',
    cancel: 'Cancel',

    accountTitle: 'Account',
    accountSignedIn: 'Signed in as $1 at $2.',
    accountSignedInToken: 'Signed in with an API token at $1.',
    accountExpired: 'The sign-in to $1 has expired. Sign in again from the toolbar button.',
    accountSignedOut: 'Not signed in. Sign in from the Leady Insights button in the toolbar.',
    signOut: 'Sign out',

    apiTitle: 'Leady API address',
    apiHelp: 'Change this only to use a Leady sandbox or a proxy. Default: $1',
    apiLabel: 'API base URL',
    apiSave: 'Save address',
    apiUseDefault: 'Use the default',
    apiInvalid: 'Enter a full address starting with https:// (or http:// for a local sandbox).',
    apiInsecure:
      'Plain http:// would send your Leady token unencrypted over the network. Use https://; http:// is allowed only for a sandbox on this computer (localhost, 127.0.0.1).',
    apiUnchanged: 'This is the address in use already.',
    apiConfirmTitle: 'Change the API address?',
    apiConfirmText:
      'You will be signed out: the token, the saved visitor data and unsent changes are removed from this browser. Then sign in again at the new address.',
    apiConfirm: 'Change and sign out',
    apiPermissionDenied: 'The browser did not allow access to $1, so the address was not changed.',
    apiChanged: 'The API address is now $1. Sign in again from the toolbar button.',

    syncTitle: 'Synchronisation',
    syncLabel: 'Keep visits for',
    syncDays: '$1 days',
    syncHelp:
      'A longer period applies to websites synced from scratch. To fetch it now, clear the cached data below.',

    sitesTitle: 'CRM sites',
    sitesHelp: 'Show Leady insights on the pages of these CRMs.',
    siteHubspot: 'HubSpot',
    sitePipedrive: 'Pipedrive',
    siteSalesforce: 'Salesforce',
    siteRaynet: 'RAYNET CRM',

    customTitle: 'Other sites',
    customHelp: 'Add your own CRM or intranet by its address. The browser asks you to allow access to it.',
    customLabel: 'Site address',
    customPlaceholder: 'https://crm.example.com',
    customAdd: 'Add site',
    customEmpty: 'No other sites added.',
    customRemove: 'Remove',
    customRemoveLabel: 'Remove $1',
    customInvalid: 'Enter the address of the site only, such as https://crm.example.com.',
    customBuiltIn: 'This CRM is supported already: switch it on in the list of CRM sites above.',
    customDenied: 'The browser did not allow access to $1, so the site was not added.',
    customListLabel: 'Added sites',

    languageTitle: 'Language',
    languageLabel: 'Language of the extension',
    languageAuto: 'Same as the browser',
    languageCs: 'Čeština',
    languageEn: 'English',

    cacheTitle: 'Cached data',
    cacheHelp: 'Visits and companies are kept in this browser so the extension is fast and works offline.',
    cacheClear: 'Clear cached data',
    cacheClearing: 'Clearing…',
    cacheCleared: 'Cached data cleared. Syncing again…',
    cacheClearedSignedOut: 'Cached data cleared.',

    diagnosticsTitle: 'Diagnostics',
    diagnosticsHelp:
      'Problems the extension ran into in the background since the browser started. Copy them for Leady support.',
    diagnosticsEmpty: 'No problems recorded since the browser started.',
    diagnosticsListLabel: 'Recorded problems, newest first',
    diagnosticsCopy: 'Copy report',
    diagnosticsCopied: 'The report is in the clipboard.',
    diagnosticsCopyFailed: 'The browser did not allow copying to the clipboard.',
    diagnosticsClear: 'Clear',
    diagnosticsCleared: 'Cleared.',
    diagnosticsReportTitle: 'Leady Insights diagnostics report',
    diagnosticsReportVersion: 'Extension version',
    diagnosticsReportBrowser: 'Browser',
    diagnosticsReportEntries: 'Recorded problems, newest first',
  },
  cs: {
    title: 'Leady Insights – nastavení',
    loading: 'Načítám…',
    saved: 'Uloženo.',
    cancel: 'Zrušit',

    accountTitle: 'Účet',
    accountSignedIn: 'Přihlášeno jako $1 na $2.',
    accountSignedInToken: 'Přihlášeno tokenem API na $1.',
    accountExpired: 'Přihlášení k $1 vypršelo. Přihlaste se znovu přes tlačítko na liště prohlížeče.',
    accountSignedOut: 'Nejste přihlášeni. Přihlaste se přes tlačítko Leady Insights na liště prohlížeče.',
    signOut: 'Odhlásit se',

    apiTitle: 'Adresa API Leady',
    apiHelp: 'Měňte jen kvůli testovacímu prostředí (sandboxu) nebo proxy. Výchozí: $1',
    apiLabel: 'Základní adresa API',
    apiSave: 'Uložit adresu',
    apiUseDefault: 'Použít výchozí',
    apiInvalid: 'Zadejte celou adresu začínající https:// (nebo http:// pro místní sandbox).',
    apiInsecure:
      'Přes http:// by se váš token Leady posílal sítí nešifrovaně. Použijte https://; http:// je dovoleno jen pro sandbox na tomto počítači (localhost, 127.0.0.1).',
    apiUnchanged: 'Tuto adresu už rozšíření používá.',
    apiConfirmTitle: 'Změnit adresu API?',
    apiConfirmText:
      'Budete odhlášeni: z tohoto prohlížeče se smaže token, uložená data o návštěvnících i neodeslané změny. Poté se na nové adrese znovu přihlaste.',
    apiConfirm: 'Změnit a odhlásit',
    apiPermissionDenied: 'Prohlížeč nepovolil přístup k $1, adresa proto zůstala beze změny.',
    apiChanged: 'Adresa API je nyní $1. Přihlaste se znovu přes tlačítko na liště prohlížeče.',

    syncTitle: 'Synchronizace',
    syncLabel: 'Uchovávat návštěvy za',
    syncDays: '$1 dní',
    syncHelp:
      'Delší období platí pro weby synchronizované od začátku. Chcete-li ho načíst hned, smažte níže uložená data.',

    sitesTitle: 'Stránky CRM',
    sitesHelp: 'Zobrazovat informace z Leady na stránkách těchto CRM.',
    siteHubspot: 'HubSpot',
    sitePipedrive: 'Pipedrive',
    siteSalesforce: 'Salesforce',
    siteRaynet: 'RAYNET CRM',

    customTitle: 'Další stránky',
    customHelp:
      'Přidejte vlastní CRM nebo intranet podle jeho adresy. Prohlížeč vás požádá o povolení přístupu.',
    customLabel: 'Adresa stránek',
    customPlaceholder: 'https://crm.example.com',
    customAdd: 'Přidat stránky',
    customEmpty: 'Žádné další stránky nejsou přidané.',
    customRemove: 'Odebrat',
    customRemoveLabel: 'Odebrat $1',
    customInvalid: 'Zadejte jen adresu stránek, například https://crm.example.com.',
    customBuiltIn: 'Toto CRM je už podporované: zapněte ho v seznamu stránek CRM výše.',
    customDenied: 'Prohlížeč nepovolil přístup k $1, stránky proto nebyly přidány.',
    customListLabel: 'Přidané stránky',

    languageTitle: 'Jazyk',
    languageLabel: 'Jazyk rozšíření',
    languageAuto: 'Podle prohlížeče',
    languageCs: 'Čeština',
    languageEn: 'English',

    cacheTitle: 'Uložená data',
    cacheHelp:
      'Návštěvy a firmy se ukládají v tomto prohlížeči, aby rozšíření bylo rychlé a fungovalo i offline.',
    cacheClear: 'Smazat uložená data',
    cacheClearing: 'Mažu…',
    cacheCleared: 'Uložená data jsou smazaná. Probíhá nová synchronizace…',
    cacheClearedSignedOut: 'Uložená data jsou smazaná.',

    diagnosticsTitle: 'Diagnostika',
    diagnosticsHelp:
      'Potíže, na které rozšíření narazilo na pozadí od spuštění prohlížeče. Zkopírujte je pro podporu Leady.',
    diagnosticsEmpty: 'Od spuštění prohlížeče nejsou zaznamenané žádné potíže.',
    diagnosticsListLabel: 'Zaznamenané potíže, nejnovější první',
    diagnosticsCopy: 'Kopírovat zprávu',
    diagnosticsCopied: 'Zpráva je ve schránce.',
    diagnosticsCopyFailed: 'Prohlížeč nepovolil kopírování do schránky.',
    diagnosticsClear: 'Vymazat',
    diagnosticsCleared: 'Vymazáno.',
    diagnosticsReportTitle: 'Leady Insights – diagnostická zpráva',
    diagnosticsReportVersion: 'Verze rozšíření',
    diagnosticsReportBrowser: 'Prohlížeč',
    diagnosticsReportEntries: 'Zaznamenané potíže, nejnovější první',
  },
});

export type OptionsTextKey = keyof typeof optionsCatalog.en;
