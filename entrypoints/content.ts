import { startContentScript } from '../lib/content/start';

export default defineContentScript({
  // Real matches are set per build in wxt.config.ts (build:manifestGenerated); user-added sites are
  // registered at run time (lib/sites/registration.ts).
  matches: ['https://app.hubspot.com/*'],
  main(ctx) {
    void startContentScript(ctx);
  },
});
