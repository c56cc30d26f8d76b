import { generic } from '../lib/content/crm/generic';
import { startContentScript } from '../lib/content/start';

// Sites the user added in the options page: registered at run time (lib/worker/sites/registration.ts),
// read by the generic scanner only.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    void startContentScript(ctx, { generic });
  },
});
