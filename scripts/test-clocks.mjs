#!/usr/bin/env node
/**
 * `npm run test:clocks`: the unit + integration suite (Vitest, no browser) under several fixed wall
 * clocks, with Debian's `faketime`, to prove no test depends on the hour, the date or the time zone
 * it runs in (issue 11, part 5: a blacklist test failed at 09:20 UTC and passed at 08:20).
 *
 *   npm run test:clocks                     # every clock below (about 1.5-3 min each on 2 cores)
 *   npm run test:clocks -- --ci             # the CI run (marked ci: true)
 *   npm run test:clocks -- --only 2027      # clocks whose instant contains "2027" (repeatable)
 *   npm run test:clocks -- --list           # print the clocks and exit
 *   npm run test:clocks -- -- test/integration   # anything after a second "--" goes to Vitest
 *
 * Each run starts faketime's clock at the instant and lets it run (faketime's default), shared by
 * every process Vitest forks. --exclude-monotonic keeps the monotonic clock real: with a clock set
 * months back, a faked monotonic clock would go below zero, and Node's timers run on it.
 * Before each run a probe checks that the clock really moved (a silent no-op would prove nothing).
 * Ends with `N passed, N failed` summed over the runs and exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/**
 * Instants (UTC) and the time zone the processes run in. Prague's zone matters because the users
 * are Czech: a date in Prague can differ from the UTC date, and the popup's day filters use it.
 */
const CLOCKS = [
  { at: '2026-12-03T09:20:00Z', tz: 'UTC', why: 'the hour issue 11 reported failing' },
  { at: '2026-12-03T23:50:00Z', tz: 'UTC', why: 'ten minutes before midnight UTC' },
  { at: '2026-12-03T23:10:00Z', tz: 'Europe/Prague', why: '00:10 in Prague, still the day before in UTC' },
  {
    at: '2026-12-31T23:50:00Z',
    tz: 'Europe/Prague',
    why: 'year end in UTC, already New Year in Prague',
    ci: true,
  },
  { at: '2027-01-01T00:10:00Z', tz: 'UTC', why: 'just after New Year UTC' },
  { at: '2027-02-28T23:59:00Z', tz: 'UTC', why: 'last minute of a non-leap February, a Sunday' },
  { at: '2028-02-29T12:00:00Z', tz: 'Europe/Prague', why: 'a leap day' },
  { at: '2026-03-29T01:30:00Z', tz: 'Europe/Prague', why: 'half an hour after Prague moved to summer time' },
  { at: '2026-10-25T00:30:00Z', tz: 'Europe/Prague', why: "inside Prague's repeated autumn hour" },
  { at: '2031-06-15T12:00:00Z', tz: 'UTC', why: 'a date years away' },
];

/** How far the probe's clock may be from the instant asked for (process start-up included). */
const PROBE_TOLERANCE_MS = 120_000;

function parseArgs(argv) {
  const split = argv.indexOf('--');
  const own = split === -1 ? argv : argv.slice(0, split);
  const vitestArgs = split === -1 ? [] : argv.slice(split + 1);
  const options = { ci: false, list: false, only: [], vitestArgs };
  for (let i = 0; i < own.length; i++) {
    const arg = own[i];
    if (arg === '--ci') options.ci = true;
    else if (arg === '--list') options.list = true;
    else if (arg === '--only' && own[i + 1] !== undefined) options.only.push(own[++i]);
    else
      throw new Error(
        `Unknown argument "${arg}". Usage: test-clocks.mjs [--ci] [--list] [--only TEXT] [-- vitest args]`,
      );
  }
  return options;
}

function selectClocks(options) {
  return CLOCKS.filter(
    (clock) =>
      (!options.ci || clock.ci) &&
      (options.only.length === 0 || options.only.some((text) => clock.at.includes(text))),
  );
}

/** "2026-12-03T09:20:00Z" → "2026-12-03 09:20:00 UTC", the form faketime hands to `date -d`. */
function faketimeStamp(at) {
  return `${at.slice(0, 10)} ${at.slice(11, 19)} UTC`;
}

function underClock(clock, command, args, extra = {}) {
  return spawnSync('faketime', ['--exclude-monotonic', faketimeStamp(clock.at), command, ...args], {
    ...extra,
    env: { ...process.env, TZ: clock.tz, ...extra.env },
  });
}

/** Checks that faketime moved Date.now() and that Node's timers still fire under it. */
function probe(clock) {
  const script = 'setTimeout(() => process.stdout.write(String(Date.now())), 20);';
  const result = underClock(clock, process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
  const seen = Number(result.stdout);
  const wanted = Date.parse(clock.at);
  if (result.status !== 0 || !Number.isFinite(seen)) {
    return `the probe did not finish (exit ${result.status}, ${result.error?.message ?? result.stderr.trim()})`;
  }
  if (Math.abs(seen - wanted) > PROBE_TOLERANCE_MS) {
    return `faketime had no effect: the probe saw ${new Date(seen).toISOString()}`;
  }
  return undefined;
}

function failuresOf(report) {
  const failures = [];
  for (const file of report.testResults) {
    const name = relative(process.cwd(), file.name);
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failures.push(`${name}: ${String(file.message).split('\n')[0]}`);
    }
    for (const test of file.assertionResults) {
      if (test.status !== 'failed') continue;
      const message = String(test.failureMessages?.[0] ?? '').split('\n')[0];
      failures.push(`${name} > ${test.fullName}\n      ${message}`);
    }
  }
  return failures;
}

function runAt(clock, vitestArgs, reportDir, index) {
  const label = `${clock.at} TZ=${clock.tz}`;
  console.log(`\n=== ${label} (${clock.why}) ===`);
  const probeError = probe(clock);
  if (probeError) {
    console.error(`${label}: ${probeError}`);
    return { clock, passed: 0, failed: 1, seconds: 0, failures: [probeError] };
  }
  const outputFile = join(reportDir, `clock-${index}.json`);
  const started = process.hrtime.bigint();
  const result = underClock(
    clock,
    'npx',
    ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${outputFile}`, ...vitestArgs],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const seconds = Number((process.hrtime.bigint() - started) / 1_000_000n) / 1000;
  if (!existsSync(outputFile)) {
    const reason = `Vitest wrote no report (exit ${result.status ?? result.signal})`;
    console.error(`${label}: ${reason}`);
    return { clock, passed: 0, failed: 1, seconds, failures: [reason] };
  }
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  const failures = failuresOf(report);
  // A file that fails to load has no failed tests but is still a failure.
  const failed = report.numFailedTests || (result.status !== 0 || report.numFailedTestSuites > 0 ? 1 : 0);
  const outcome = { clock, passed: report.numPassedTests, failed, seconds, failures };
  console.log(`${outcome.passed} passed, ${outcome.failed} failed in ${Math.round(seconds)} s`);
  for (const failure of failures) console.log(`  FAIL ${failure}`);
  return outcome;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const clocks = selectClocks(options);
  if (options.list) {
    for (const clock of CLOCKS) {
      console.log(`${clock.at}  TZ=${clock.tz.padEnd(13)} ${clock.ci ? 'ci ' : '   '} ${clock.why}`);
    }
    return 0;
  }
  if (clocks.length === 0) {
    console.error('No clock matches the options given.');
    return 1;
  }
  if (spawnSync('faketime', ['--help']).error) {
    console.error(
      'faketime is not installed (Debian: apt-get install -y faketime): the clock runs cannot start.',
    );
    return 1;
  }
  const reportDir = mkdtempSync(join(tmpdir(), 'leady-clocks-'));
  const outcomes = clocks.map((clock, index) => runAt(clock, options.vitestArgs, reportDir, index));
  rmSync(reportDir, { recursive: true, force: true });

  console.log('\n=== clocks summary ===');
  for (const { clock, passed, failed, seconds } of outcomes) {
    const verdict = failed === 0 ? 'ok  ' : 'FAIL';
    console.log(
      `${verdict} ${clock.at} TZ=${clock.tz.padEnd(13)} ${passed} passed, ${failed} failed, ${Math.round(seconds)} s`,
    );
  }
  const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
  const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exit(main());
