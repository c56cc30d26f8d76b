#!/usr/bin/env node
/**
 * `npm test`: unit + integration tests (Vitest), then the end-to-end suites in real Chromium and in
 * Firefox when they are installed (mandatory when LEADY_E2E=required, as in CI). Ends with the plain
 * `N passed, N failed` line CI reads, summed over every suite, and exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { findFirefox } from './find-firefox.mjs';

const extraArgs = process.argv.slice(2);
const reportDir = mkdtempSync(join(tmpdir(), 'leady-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function runVitest(label, configArgs, env = {}) {
  const outputFile = join(reportDir, `${label}.json`);
  console.log(`\n=== ${label} tests ===`);
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      ...configArgs,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${outputFile}`,
      ...extraArgs,
    ],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (!existsSync(outputFile)) {
    console.error(`${label}: Vitest wrote no report (exit ${result.status}); counting the suite as failed.`);
    broken = true;
    return;
  }
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load has no failed tests but is still a failure.
  if (result.status !== 0 || report.numFailedTestSuites > 0) broken = true;
}

runVitest('unit and integration', []);

const e2eRequired = process.env.LEADY_E2E === 'required';

/** A browser suite runs when its browser is found; missing, it fails CI and warns loudly elsewhere. */
function runBrowserSuite({ label, config, browser, path, envName, install }) {
  if (!existsSync(config)) return;
  if (path) {
    runVitest(label, ['--config', config], { [envName]: path });
  } else if (e2eRequired) {
    console.error(`\n${label} tests are required (LEADY_E2E=required) but no ${browser} was found.`);
    broken = true;
  } else {
    console.warn(
      `\n!!! No ${browser} found: the ${label.toUpperCase()} SUITE DID NOT RUN. !!!\n` +
        `!!! Install one (Debian: ${install}) or set ${envName}=/path/to/${browser.toLowerCase()}. !!!`,
    );
  }
}

runBrowserSuite({
  label: 'end-to-end',
  config: 'vitest.e2e.config.ts',
  browser: 'Chromium',
  path: findChromium(),
  envName: 'LEADY_CHROMIUM',
  install: 'apt-get install -y chromium',
});
runBrowserSuite({
  label: 'Firefox end-to-end',
  config: 'vitest.firefox.config.ts',
  browser: 'Firefox',
  path: findFirefox(),
  envName: 'LEADY_FIREFOX',
  install: 'apt-get install -y firefox-esr',
});

rmSync(reportDir, { recursive: true, force: true });
const failed = totals.failed + (broken && totals.failed === 0 ? 1 : 0);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${failed} failed${skipped}`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
