#!/usr/bin/env node
/**
 * `npm run lint:firefox`: `web-ext lint` (Mozilla's add-on linter, what addons.mozilla.org runs) on
 * the Firefox build in .output/firefox-mv2 (`npm run build:firefox` first). Fails on any error and on
 * any warning not explained below and in README ("Firefox"), so a new warning is looked at, not
 * waved through.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SOURCE_DIR = '.output/firefox-mv2';

/** Warnings that are understood (README, "Firefox"): code plus the file they come from. */
const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact's renderer, for `dangerouslySetInnerHTML`, which this code base never uses.
    file: /^chunks\/theme-[\w-]+\.js$/,
  },
];

if (!existsSync(`${SOURCE_DIR}/manifest.json`)) {
  console.error(`No Firefox build in ${SOURCE_DIR}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}
const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE_DIR, '--output', 'json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`web-ext lint gave no report (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  process.exit(1);
}
const show = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
const unexplained = report.warnings.filter(
  (w) => !EXPLAINED.some((known) => known.code === w.code && known.file.test(w.file ?? '')),
);
for (const m of report.errors) console.error(`error:${show(m)}`);
for (const m of unexplained) console.error(`unexplained warning:${show(m)}`);
const explained = report.warnings.length - unexplained.length;
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${explained} explained in README), ${report.notices.length} notices`,
);
process.exit(report.errors.length > 0 || unexplained.length > 0 ? 1 : 0);
