import { CRM_SITES } from '../lib/config/build-config';
import { startContentScript } from '../lib/content/start';
import { hubspot } from '../lib/crm/hubspot';

// One bundle per CRM, carrying only its own page reader (the content script's 15 KB budget).
export default defineContentScript({
  matches: [...CRM_SITES.hubspot],
  main(ctx) {
    void startContentScript(ctx, { hubspot });
  },
});
