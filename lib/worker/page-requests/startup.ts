/**
 * Worker start: put back content-script registrations of user-added sites that went missing (an
 * extension update, a browser that dropped them). Failures are left for the next start; they must
 * not break the worker's message handling.
 */

import { readSettings } from '../../runtime/storage-items';
import { recordFailure } from '../diagnostics/failures';
import { restoreSiteScripts } from '../sites/registration';

export function startSiteScripts(): Promise<void> {
  return readSettings()
    .then((settings) => restoreSiteScripts(settings.customOrigins))
    .catch(recordFailure('sites.restore'));
}
