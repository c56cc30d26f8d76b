import { readSettings } from '../runtime/storage-items';
import { resolveApiBaseUrl } from '../shared/config/build-config';

/** The API this extension talks to: the options page's override, else the build's default. */
export async function currentApiBaseUrl(): Promise<string> {
  const { apiBaseUrl } = await readSettings();
  if (apiBaseUrl) {
    try {
      return resolveApiBaseUrl(apiBaseUrl);
    } catch {
      // A broken override must not brick the extension: fall back to the build's API.
    }
  }
  return __LEADY_API_URL__;
}
