import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildConfig } from './lib/shared/config/build-config';

// LEADY_API_URL picks the API a build talks to by default (see README, "Configuration").
const config = buildConfig(process.env);
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];
/**
 * Firefox needs a fixed add-on id (AMO signing, and a stable moz-extension:// origin in tests);
 * 153 is the Firefox ESR the end-to-end suite runs (test/e2e/firefox).
 */
export const GECKO_ID = 'insights@leady.cz';
const GECKO_SETTINGS = {
  id: GECKO_ID,
  strict_min_version: '153.0',
  // What leaves the device (PRIVACY.md): only the sign-in e-mail and password, to the Leady API.
  data_collection_permissions: { required: ['authenticationInfo'] },
};
const NATIVE_BROWSER_API = createRequire(import.meta.url).resolve('@wxt-dev/browser');
// WXT's own context announces the content script to the page and lets the page stop it (see the file).
const SCRIPT_CONTEXT = fileURLToPath(new URL('./lib/content/script-context.ts', import.meta.url));

type AliasList = Array<{ find: string | RegExp; replacement: string }>;
function toAliasArray(alias: unknown): AliasList {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias as AliasList;
  return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({
    find,
    replacement,
  }));
}

export default defineConfig({
  // Test and demo builds go to their own folder so they never overwrite a production build.
  outDir: process.env.LEADY_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    define: {
      __LEADY_API_URL__: JSON.stringify(config.apiBaseUrl),
      __LEADY_SANDBOX_BUILD__: JSON.stringify(config.sandboxBuild),
      __LEADY_TEST_HOOKS__: JSON.stringify(process.env.LEADY_TEST_HOOKS === '1'),
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'notifications', 'scripting'],
    host_permissions: config.hostPermissions,
    // User-added CRM sites and a custom API base URL are granted at run time from the options page
    // (MV2, Firefox's default here, lists optional origins among optional_permissions).
    ...(manifestVersion === 3
      ? { optional_host_permissions: OPTIONAL_ORIGINS }
      : { optional_permissions: OPTIONAL_ORIGINS }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: GECKO_SETTINGS } } : {}),
    // The card and the record panel are drawn in this page, framed by the content script, so the
    // CRM page cannot read them (lib/shared/messaging/protocol/card-frame.ts). Any http(s) page may frame
    // it, since users add CRM sites at run time; the per-session dynamic URL keeps pages from
    // finding it or framing it themselves (and from telling that the extension is installed).
    web_accessible_resources: [
      { resources: ['card-frame.html'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true },
    ],
  }),
  hooks: {
    // The content script runs on every CRM page and has a 15 KB budget: it uses the browser's own
    // promise-based API (Chrome MV3, Firefox) instead of webextension-polyfill (~3 KB gzipped),
    // which the background, popup and options keep. Its one onMessage answer uses sendResponse.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      // Terser's second pass packs these bundles ~5% tighter than esbuild (raynet 15.4 → 14.6 KB
      // gzipped): every CRM page parses them. Safe options only; the rest of the build keeps esbuild.
      viteConfig.build ??= {};
      viteConfig.build.minify = 'terser';
      viteConfig.build.terserOptions = { compress: { passes: 2 }, format: { comments: false } };
      viteConfig.resolve ??= {};
      viteConfig.resolve.alias = [
        { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER_API },
        { find: /^wxt\/utils\/content-script-context$/, replacement: SCRIPT_CONTEXT },
        ...toAliasArray(viteConfig.resolve.alias),
      ];
    },
    // The demo bundle (all CRMs, for the sandbox's demo pages on localhost) exists in sandbox builds
    // only; elsewhere it is left out of the manifest and the package.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (config.sandboxBuild) return;
      const demo = entrypoints.findIndex((entrypoint) => entrypoint.name === 'demo');
      if (demo >= 0) entrypoints.splice(demo, 1);
    },
  },
});
