import { LOOPBACK_MATCHES } from '../lib/config/build-config';
import { startContentScript } from '../lib/content/start';
import { allAdapters } from '../lib/crm/pick-adapter';

// Sandbox builds only: the demo CRM pages on localhost imitate every CRM, so this bundle carries
// every page reader. wxt.config.ts drops it from other builds.
export default defineContentScript({
  matches: LOOPBACK_MATCHES,
  main(ctx) {
    void startContentScript(ctx, allAdapters);
  },
});
