import { CRM_SITES } from '../lib/config/build-config';
import { startContentScript } from '../lib/content/start';
import { raynet } from '../lib/crm/raynet';

// One bundle per CRM, carrying only its own page reader (the content script's 15 KB budget).
export default defineContentScript({
  matches: [...CRM_SITES.raynet],
  main(ctx) {
    void startContentScript(ctx, { raynet });
  },
});
