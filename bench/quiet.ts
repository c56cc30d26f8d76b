/**
 * Leaves a page alone while it is measured. Playwright's first evaluation in a page installs its
 * injected script, and `waitForFunction` then polls every animation frame: tens of milliseconds of
 * the page's main thread, competing with the code being measured, that no user's browser spends.
 * The benchmarks' marks are taken in the page, so reading them later changes nothing.
 */
const QUIET_MS = 1_500;

export function quietWhileMeasured(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, QUIET_MS));
}
