import { existsSync } from 'node:fs';

/** The Firefox the Firefox end-to-end tests use: LEADY_FIREFOX, else a system install. */
export function findFirefox() {
  const candidates = [
    process.env.LEADY_FIREFOX,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ];
  return candidates.find((path) => path && existsSync(path));
}
