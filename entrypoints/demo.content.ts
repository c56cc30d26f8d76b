import { allAdapters } from '../lib/content/crm/pick-adapter';
import { startContentScript } from '../lib/content/start';
import { LOOPBACK_MATCHES } from '../lib/shared/config/build-config';

// Sandbox builds only: the demo CRM pages on localhost imitate every CRM, so this bundle carries
// every page reader. wxt.config.ts drops it from other builds.
export default defineContentScript({
  matches: LOOPBACK_MATCHES,
  main(ctx) {
    void startContentScript(ctx, allAdapters);
  },
});
