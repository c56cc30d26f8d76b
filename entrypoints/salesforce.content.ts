import { salesforce } from '../lib/content/crm/salesforce';
import { startContentScript } from '../lib/content/start';
import { CRM_SITES } from '../lib/shared/config/build-config';

// One bundle per CRM, carrying only its own page reader (the content script's 15 KB budget).
export default defineContentScript({
  matches: [...CRM_SITES.salesforce],
  main(ctx) {
    void startContentScript(ctx, { salesforce });
  },
});
