/**
 * `sites.enable` / `sites.disable` (lib/shared/messaging/protocol/sites.ts): user-added CRM origins. The
 * options page asks for the host permission (it needs the user's click) and then sends the origin;
 * the content script is registered for it and the origin is stored in the settings, which the
 * content script checks before annotating. One change at a time, so two quick clicks cannot lose
 * an origin between reading and writing the settings.
 */

import { readSettings, settingsItem } from '../../runtime/storage-items';
import { LeadyError } from '../../shared/api/errors';
import { isBuiltInCrmOrigin } from '../../shared/sites/built-in';
import { createSerializer } from '../serialize';
import { hasHostPermission, registerSiteScript, unregisterSiteScript } from '../sites/registration';

export interface SiteOrigins {
  origins: string[];
}

async function saveOrigins(update: (origins: string[]) => string[]): Promise<SiteOrigins> {
  const settings = await readSettings();
  const origins = update(settings.customOrigins);
  await settingsItem.setValue({ ...settings, customOrigins: origins });
  return { origins };
}

export function createSiteService() {
  const serialize = createSerializer();
  return {
    /** `origin`: canonical, as the message schema (protocol/sites.ts) lets it through. */
    enable: (origin: string) =>
      serialize(async () => {
        if (isBuiltInCrmOrigin(origin)) {
          throw new LeadyError({
            kind: 'validation',
            endpoint: 'sites.enable',
            message: `${origin} is a built-in CRM site`,
            fieldErrors: {
              origin: ['This CRM is supported already: switch it on in the list of CRM sites.'],
            },
          });
        }
        if (!(await hasHostPermission(origin))) {
          throw new LeadyError({
            kind: 'forbidden',
            endpoint: 'sites.enable',
            message: `No host permission for ${origin}`,
          });
        }
        await registerSiteScript(origin);
        return saveOrigins((origins) => (origins.includes(origin) ? origins : [...origins, origin]));
      }),
    disable: (origin: string) =>
      serialize(async () => {
        await unregisterSiteScript(origin);
        return saveOrigins((origins) => origins.filter((known) => known !== origin));
      }),
  };
}
