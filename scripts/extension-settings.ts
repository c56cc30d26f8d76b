/**
 * Points an installed extension at a sandbox on any port (a build's default URL has a fixed port).
 * Runs inside the browser, in the background (Chromium) or an extension page (Firefox), so it uses
 * only the browser's own storage API and no module names.
 */
export async function pointExtensionAtApi(apiBaseUrl: string): Promise<void> {
  type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  const g = globalThis as unknown as {
    browser?: { storage: { local: Local } };
    chrome: { storage: { local: Local } };
  };
  const local = (g.browser ?? g.chrome).storage.local;
  const stored = (await local.get('leady.settings'))['leady.settings'] as object | undefined;
  await local.set({
    'leady.settings': {
      syncWindowDays: 90,
      sites: { hubspot: true, pipedrive: true, salesforce: true, raynet: true },
      customOrigins: [],
      locale: 'auto',
      ...stored,
      apiBaseUrl,
    },
  });
}
