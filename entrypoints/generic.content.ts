import { startContentScript } from '../lib/content/start';
import { generic } from '../lib/crm/generic';

// Sites the user added in the options page: registered at run time (lib/sites/registration.ts),
// read by the generic scanner only.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    void startContentScript(ctx, { generic });
  },
});
