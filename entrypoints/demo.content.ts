import { startContentScript } from '../lib/content/start';
import { siteAdapters } from '../lib/crm/pick-adapter';

// Sandbox builds only: the demo CRM pages on localhost imitate every CRM, so this bundle carries
// every page reader. wxt.config.ts gives it the loopback matches, and drops it from other builds.
export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  main(ctx) {
    void startContentScript(ctx, siteAdapters);
  },
});
