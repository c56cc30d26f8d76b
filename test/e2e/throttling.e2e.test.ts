/**
 * A 429 storm from the sandbox: every sessions request is refused with Retry-After: 120. The popup
 * keeps showing the cached visits, says why it could not refresh (with the time to wait), and
 * everything outside the throttled scope (companies, details) keeps working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await session.signInAndSync();
  session.sandbox.faults.add({ kind: 'throttle', scope: 'sessions', retryAfter: 120 });
}, 120_000);
afterAll(async () => {
  await session?.close();
});

describe('popup during a 429 storm', () => {
  it('shows cached visits, explains the throttle, and the rest of the popup stays usable', async () => {
    const popup = await session.openPopup();
    const visits = popup.getByRole('list', { name: 'Recent visits' });
    await visits.getByRole('listitem').first().waitFor({ timeout: 15_000 });
    // The refresh from Leady was refused: said plainly, with the wait, and the cached list stays.
    await popup.getByText(/Could not refresh: Leady asks us to slow down\. Trying again in \d+ s\./).waitFor({
      timeout: 20_000,
    });
    expect(await visits.getByRole('listitem').count()).toBeGreaterThan(0);

    // Companies (another scope) still answer: the list and a company's details.
    await popup.getByRole('tab', { name: 'Companies' }).click();
    const companies = popup.getByRole('list', { name: 'Identified companies' });
    await companies.getByRole('button').first().click();
    const detail = popup.getByRole('dialog').last();
    await detail.getByText('IČO', { exact: true }).waitFor({ timeout: 15_000 });

    // The queue holds the sessions scope closed; the worker stays responsive.
    expect(await session.send<{ state: string }>('auth.status')).toMatchObject({ state: 'signed-in' });
  });
});
