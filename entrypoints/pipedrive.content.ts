import { pipedrive } from '../lib/content/crm/pipedrive';
import { startContentScript } from '../lib/content/start';
import { CRM_SITES } from '../lib/shared/config/build-config';

// One bundle per CRM, carrying only its own page reader (the content script's 15 KB budget).
export default defineContentScript({
  matches: [...CRM_SITES.pipedrive],
  main(ctx) {
    void startContentScript(ctx, { pipedrive });
  },
});
