import { startBackground } from '../lib/worker/start';
import { openTestControlPage } from '../lib/worker/test-control-page';

export default defineBackground(() => {
  const context = startBackground();
  // Test builds only (LEADY_TEST_HOOKS=1): end-to-end tests drive the real handlers from here.
  if (__LEADY_TEST_HOOKS__) Object.assign(globalThis, { leadyTest: context });
  if (__LEADY_TEST_HOOKS__ && import.meta.env.FIREFOX) openTestControlPage();
});
