/**
 * Timing marks for the benchmark and end-to-end tests, in test builds only (`LEADY_TEST_HOOKS=1`):
 * production builds drop this code and never write to the page's DOM for it.
 */
export function markTiming(
  name: 'Start' | 'Settings' | 'Scanned' | 'Answered' | 'Annotated',
  badges?: number,
): void {
  if (!__LEADY_TEST_HOOKS__) return;
  const data = document.documentElement.dataset;
  // The first instant of each step: later rescans (mutations, the follow-up scan) do not move it.
  const now = String(performance.now());
  data[`leady${name}`] ??= now;
  // The instant the badge count last changed: with the count, when the page got all its badges.
  if (badges !== undefined && data.leadyBadges !== String(badges)) {
    data.leadyBadges = String(badges);
    data.leadyBadgesAt = now;
  }
}
