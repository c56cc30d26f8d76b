/**
 * Content-script benchmark (issues 4 and 11):
 * - bundle: each production content script (one per CRM, one generic), gzipped (budget 15 KB);
 * - in real Chromium, on a 500-row HubSpot list whose 500 companies are among 5k, 50k and 100k
 *   cached ones: navigation start → every badge, with a warm worker, with a cold one (stopped
 *   first, as Chrome stops an idle worker after 30 s), and the page's own load without the
 *   extension (see badgeTimes). Budgets: warm ≤ the page's own load + 150 ms; cold ≤ 1.5 × warm
 *   at 50k and ≤ 2 × warm at 100k. One `e2e badges: …` line per size, and beside it two references
 *   from the same run: the page putting in the badges itself (reference-badges.ts) and a bare
 *   extension doing the least this design can (bare-extension.ts);
 * - JS heap the content script adds to that page (budget 5 MB): the same page on a host the
 *   content script does not run on is the baseline;
 * - the worker's JS heap with 100,000 companies cached and indexed (budget 50 MB), counting
 *   ArrayBuffers too, which V8 keeps outside its heap proper.
 *
 * The cache is filled directly in the extension's IndexedDB (records shaped and keyed as the sync
 * stores them); the worker is then stopped so it builds its match index from that cache, as after
 * any restart. No API is involved: a warm page annotation reads only the cache.
 * LEADY_BENCH_SKIP_BUILD=1 reuses the last builds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import WebSocket from 'ws';
import { companyKeys } from '../lib/shared/matching';
import type { CompanyRecord, SessionRecord } from '../lib/worker/cache/schema';
import { hubspotCompanyList } from '../sandbox/demo-crm/hubspot';
import { findChromium } from '../scripts/find-chromium.mjs';
import { buildE2eExtension, E2E_EXTENSION_DIR } from '../test/e2e/build';
import { BARE_HOST, BARE_WORKER_FILE, writeBareExtension } from './bare-extension';
import { FRAME_CLOCK_SCRIPT, shownAt } from './frame-clock';
import { quietWhileMeasured } from './quiet';
import { REFERENCE_BADGES_SCRIPT, REFERENCE_HOST } from './reference-badges';
import type { BenchResult } from './types';

const ROWS = 500;
/** BENCH_SIZES=50000,100000 measures only those (ascending). */
const CACHE_SIZES = (process.env.BENCH_SIZES ?? '5000,50000,100000').split(',').map(Number);
/** Cold worker over warm worker, navigation → all badges (issue 11); 5k is reported only. */
const COLD_OVER_WARM_BUDGET: Record<number, number> = { 50000: 1.5, 100000: 2 };
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIST_PATH = '/demo/hubspot/contacts/4455667/objects/0-2/views/all/list';
const PRODUCTION_DIR = resolve('.output/bench-production');
const DAY = 86_400_000;
/** Long enough for a restarted worker at 100k to build its full index here (see badgeTimes). */
const WORKER_SETTLE_MS = 5_000;

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [
    ...bundleSizes().map(([file, size]) => ({
      name: `content script ${file}, gzipped`,
      value: size,
      unit: 'KB',
      budget: 15,
    })),
  ];
  const executablePath = findChromium();
  if (!executablePath) {
    console.warn('No Chromium found: the in-browser content-script figures were not measured.');
    return results;
  }
  if (process.env.LEADY_BENCH_SKIP_BUILD !== '1') buildE2eExtension();
  const server = await servePage(
    hubspotCompanyList(benchCompanies(ROWS).map(({ name, website }) => ({ name, website }))),
  );
  const port = (server.address() as AddressInfo).port;
  const userDataDir = mkdtempSync(join(tmpdir(), 'leady-bench-'));
  const bareExtensionDir = writeBareExtension(mkdtempSync(join(tmpdir(), 'leady-bench-bare-')));
  const extensions = `${E2E_EXTENSION_DIR},${bareExtensionDir}`;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--remote-debugging-port=0',
      // A host the content script never runs on, for the heap baseline.
      `--host-resolver-rules=MAP bench.test 127.0.0.1, MAP ${REFERENCE_HOST} 127.0.0.1, MAP ${BARE_HOST} 127.0.0.1`,
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
    ],
  });
  await context.addInitScript({ content: FRAME_CLOCK_SCRIPT });
  await context.addInitScript({ content: REFERENCE_BADGES_SCRIPT });
  try {
    await signIn(await worker(context));
    let cached = 0;
    for (const size of CACHE_SIZES) {
      await fillCache(await worker(context), cached, size);
      cached = size;
      // Written behind the worker's back: a restarted worker indexes them, as after any restart.
      await stopWorker(context);
      results.push(...(await badgeTimes(context, port, size)));
      if (size === 50_000) {
        results.push({
          name: 'content script heap added, 500-row page',
          value: await pageHeap(context, port),
          unit: 'MB',
          budget: 5,
        });
      }
    }
    results.push({
      name: `worker heap + array buffers, ${cached / 1000}k companies indexed`,
      value: await workerHeap(userDataDir),
      unit: 'MB',
      budget: 50,
    });
  } finally {
    await context.close().catch(() => {});
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(bareExtensionDir, { recursive: true, force: true });
  }
  return results;
}

/** Each CRM's bundle (a CRM page loads only its own) and the generic one for user-added sites. */
function bundleSizes(): Array<[string, number]> {
  if (process.env.LEADY_BENCH_SKIP_BUILD !== '1') {
    const built = spawnSync('npx', ['wxt', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, LEADY_API_URL: '', LEADY_TEST_HOOKS: '', LEADY_OUT_DIR: PRODUCTION_DIR },
    });
    if (built.status !== 0) throw new Error('Production build failed');
  }
  const folder = join(PRODUCTION_DIR, 'chrome-mv3/content-scripts');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => [file, gzipSync(readFileSync(join(folder, file)), { level: 6 }).length / 1024]);
}

interface BenchCompany {
  id: number;
  name: string;
  website: string;
}

function benchCompanies(count: number, from = 0): BenchCompany[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return { id: 500_000 + n, name: `Strojírny Bench ${n} s.r.o.`, website: `www.bench-strojirny-${n}.cz` };
  });
}

/**
 * Navigation start → every badge on the 500-row list, as a salesperson feels it, each judged
 * against a baseline from the same minutes (the machine is shared and noisy):
 * - baseline: the same page where no content script runs (its own load, on screen);
 * - cold: the worker stopped through the DevTools protocol first, as Chrome stops an idle one;
 * - warm: the next page views, the worker still running.
 * - reference: the floor, 500 badges the page puts in itself once its load is on screen
 *   (reference-badges.ts);
 * - bare: the least an extension of this design does, one round trip to its worker and the same
 *   badges (bare-extension.ts).
 * Runs alternate cold, baseline, reference, bare, warm, warm, so every kind meets the same load on the
 * machine. After the cold view the worker is left to finish its start-up work (WORKER_SETTLE_MS)
 * before the others: a second after a cold page it reads every cached company to build its full
 * index, which at 50k-100k keeps the machine's two cores busy for seconds. The baseline, measured
 * right after the cold view, used to fall in the middle of that: at 50k and 100k its median was
 * 267 and 308 ms, against 199 and 198 ms with the worker settled, which flattered warm − baseline.
 */
async function badgeTimes(context: BrowserContext, port: number, size: number): Promise<BenchResult[]> {
  const pageUrl = `http://127.0.0.1:${port}${LIST_PATH}`;
  const bareUrl = `http://${BARE_HOST}:${port}${LIST_PATH}`;
  // The first page after filling: the worker indexes the new companies.
  await badgesAfterNavigation(context, pageUrl);
  const cold: ViewTimes[] = [];
  const warm: ViewTimes[] = [];
  const baseline: ViewTimes[] = [];
  const reference: ViewTimes[] = [];
  const bare: ViewTimes[] = [];
  for (let i = 0; i < RUNS; i++) {
    await stopWorker(context);
    cold.push(await badgesAfterNavigation(context, pageUrl));
    await new Promise((done) => setTimeout(done, WORKER_SETTLE_MS));
    baseline.push(await pageLoad(context, `http://bench.test:${port}${LIST_PATH}`));
    reference.push(await badgesAfterNavigation(context, `http://${REFERENCE_HOST}:${port}${LIST_PATH}`));
    // The bare extension's worker was stopped with ours: the first view wakes it, the second is timed.
    await badgesAfterNavigation(context, bareUrl);
    bare.push(await badgesAfterNavigation(context, bareUrl));
    warm.push(await badgesAfterNavigation(context, pageUrl));
    warm.push(await badgesAfterNavigation(context, pageUrl));
  }
  const label = `${size / 1000}k`;
  const medians = (pick: (view: ViewTimes) => number) => ({
    warm: median(warm.map(pick)),
    cold: median(cold.map(pick)),
    baseline: median(baseline.map(pick)),
  });
  const line = (figures: ReturnType<typeof medians>) =>
    `warm=${figures.warm.toFixed(0)}ms cold=${figures.cold.toFixed(0)}ms ` +
    `baseline=${figures.baseline.toFixed(0)}ms cold/warm=${(figures.cold / figures.warm).toFixed(2)} (${label})`;
  const figures = medians((view) => view.shown);
  const ratio = figures.cold / figures.warm;
  console.log(`e2e badges: ${line(figures)}`);
  // The same views taken when the DOM had them (badges inserted; the load event's end): before
  // frame-clock.ts, the figures were these.
  console.log(`  in the DOM, not yet on screen: ${line(medians((view) => view.inDom))}`);
  const floor = median(reference.map((view) => view.shown));
  console.log(
    `  floor: 500 badges put in by the page itself once its load is on screen, no extension: ${floor.toFixed(0)}ms ` +
      `(${(floor - figures.baseline).toFixed(0)}ms over the page's own load)`,
  );
  const bareShown = median(bare.map((view) => view.shown));
  console.log(
    `  bare extension: one round trip to its running worker, then the same badges (bare-extension.ts): ${bareShown.toFixed(0)}ms ` +
      `(${(bareShown - figures.baseline).toFixed(0)}ms over the page's own load; ours warm is ${(figures.warm - bareShown).toFixed(0)}ms over it)`,
  );
  const coldBudget = COLD_OVER_WARM_BUDGET[size];
  return [
    {
      name: `${ROWS}-row list, ${label} cached: navigation → all badges, warm worker, over the page's own load (median of ${RUNS * 2})`,
      value: figures.warm - figures.baseline,
      unit: 'ms',
      budget: 150,
    },
    {
      name: `same page, 500 badges put in by the page itself once its load is on screen (reference-badges.ts), over its own load (median of ${RUNS})`,
      value: floor - figures.baseline,
      unit: 'ms',
    },
    {
      name: `same page, a bare extension (bare-extension.ts: one round trip to its running worker, then the same badges), over its own load (median of ${RUNS})`,
      value: bareShown - figures.baseline,
      unit: 'ms',
    },
    {
      name: `same list, cold worker / warm worker (medians of ${RUNS} and ${RUNS * 2})`,
      value: ratio,
      unit: '×',
      ...(coldBudget === undefined ? {} : { budget: coldBudget }),
    },
  ];
}

/** One page view, in ms since its navigation started: when the DOM had it, when the screen showed it. */
interface ViewTimes {
  inDom: number;
  shown: number;
}

/** Opens the page and waits for every badge: navigation start → the frame that shows the last one. */
async function badgesAfterNavigation(context: BrowserContext, url: string): Promise<ViewTimes> {
  const page = await context.newPage();
  await page.goto(url);
  await quietWhileMeasured();
  await page.waitForFunction((rows) => document.documentElement.dataset.leadyBadges === String(rows), ROWS, {
    timeout: 60_000,
  });
  const shown = Number(await (await page.waitForFunction(shownAt, `badges-${ROWS}`)).jsonValue());
  const marks: Record<string, string | undefined> = await page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return { ...document.documentElement.dataset, Load: String(entry?.loadEventEnd) };
  });
  await page.close();
  // performance.now() in the page: milliseconds since its navigation started.
  const view = { inDom: Number(marks.leadyBadgesAt), shown };
  if (process.env.BENCH_VERBOSE && marks.leadyStart) {
    const at = (name: string) => Number(marks[`leady${name}`] ?? marks[name]).toFixed(0);
    console.log(
      `  ${new URL(url).hostname}: load ${at('Load')} start ${at('Start')} settings ${at('Settings')} scanned ${at('Scanned')} ` +
        `answered ${at('Answered')} all badges ${at('BadgesAt')} shown ${view.shown.toFixed(0)}`,
    );
  }
  return view;
}

/** Navigation start → the page's own load, on a host where no content script runs. */
async function pageLoad(context: BrowserContext, url: string): Promise<ViewTimes> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const shown = Number(await (await page.waitForFunction(shownAt, 'load')).jsonValue());
  const inDom = await page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return entry?.loadEventEnd ?? Number.NaN;
  });
  const view = { inDom, shown };
  await page.close();
  return view;
}

function servePage(html: string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url?.startsWith(LIST_PATH)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else response.writeHead(404).end();
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Whether a service worker's script is Leady's (the bare extension runs one of its own). */
function isLeadyWorker(url: string): boolean {
  return url.startsWith('chrome-extension://') && !url.endsWith(`/${BARE_WORKER_FILE}`);
}

async function worker(context: BrowserContext): Promise<Worker> {
  const ours = (sw: Worker) => isLeadyWorker(sw.url());
  return (
    context.serviceWorkers().find(ours) ??
    (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 }))
  );
}

/** A signed-in account whose API is unreachable: the worker answers from its cache only. */
async function signIn(sw: Worker): Promise<void> {
  await sw.evaluate(async () => {
    const apiBaseUrl = 'http://127.0.0.1:9/v1/';
    await chrome.storage.local.set({
      'leady.token': 'bench-token',
      'leady.account': { state: 'signed-in', email: 'bench@leady.test', apiBaseUrl, signedInAt: Date.now() },
      'leady.settings': {
        apiBaseUrl,
        syncWindowDays: 90,
        sites: { hubspot: true, pipedrive: true, salesforce: true, raynet: true },
        customOrigins: [],
        locale: 'en',
      },
    });
  });
}

/** Companies `from`…`to` as the sync stores them; the page's 500 also get three recent sessions each. */
async function fillCache(sw: Worker, from: number, to: number): Promise<void> {
  const now = Date.now();
  const chunk = 10_000;
  for (let start = from; start < to; start += chunk) {
    const companies: CompanyRecord[] = benchCompanies(Math.min(chunk, to - start), start).map((company) => ({
      ...company,
      email: `obchod@bench-strojirny-${company.id - 500_000}.cz`,
      contactPersons: [],
      lastVisitAt: now - DAY,
      // The sessions' end times below, newest first, as the sync keeps them (none for the others).
      recentVisits: company.id - 500_000 < ROWS ? [1, 4, 9].map((days) => now - days * DAY) : [],
      seenAt: now,
      ...companyKeys(company),
    }));
    const sessions: SessionRecord[] = companies
      .filter((company) => company.id - 500_000 < ROWS)
      .flatMap((company) =>
        [1, 4, 9].map((days, i) => ({
          key: `bench.cz ${company.id * 10 + i}`,
          id: company.id * 10 + i,
          resource: 'bench.cz',
          companyId: company.id,
          firstAt: now - days * DAY - 600_000,
          lastAt: now - days * DAY,
          actionCount: 3,
        })),
      );
    await sw.evaluate(
      async ({ companies, sessions }) => {
        const db = await new Promise<IDBDatabase>((done, fail) => {
          const request = indexedDB.open('leady-cache');
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
        await new Promise<void>((done, fail) => {
          const tx = db.transaction(['companies', 'sessions'], 'readwrite');
          for (const company of companies) tx.objectStore('companies').put(company);
          for (const session of sessions) tx.objectStore('sessions').put(session);
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      { companies, sessions },
    );
  }
}

/** Stops the worker as Chrome does when idle; the next message starts it and it rebuilds its index. */
async function stopWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.close();
}

async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/** The page's JS heap with 500 badges, minus the same page where the content script does not run. */
async function pageHeap(context: BrowserContext, port: number): Promise<number> {
  const baseline = await context.newPage();
  await baseline.goto(`http://bench.test:${port}${LIST_PATH}`);
  await baseline.waitForTimeout(500);
  const without = await usedHeap(baseline);
  await baseline.close();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}${LIST_PATH}`);
  await page.waitForFunction((rows) => document.documentElement.dataset.leadyBadges === String(rows), ROWS);
  const withScript = await usedHeap(page);
  await page.close();
  return (withScript - without) / 1024 / 1024;
}

/**
 * The worker's JS heap after a full GC, plus the ArrayBuffer backing stores (the match index is
 * mostly typed arrays, which `usedSize` alone leaves out). Playwright has no DevTools session for
 * service workers, so this talks to the worker's own target over the remote-debugging port.
 */
async function workerHeap(userDataDir: string): Promise<number> {
  const [port] = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{
    type: string;
    url: string;
    webSocketDebuggerUrl: string;
  }>;
  const target = targets.find((t) => t.type === 'service_worker' && isLeadyWorker(t.url));
  if (!target) throw new Error('The extension worker is not running');
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((done, fail) => socket.once('open', done).once('error', fail));
  let nextId = 0;
  const call = (method: string) =>
    new Promise<Record<string, unknown>>((done) => {
      const id = ++nextId;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as { id?: number; result?: Record<string, unknown> };
        if (message.id !== id) return;
        socket.off('message', onMessage);
        done(message.result ?? {});
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, method }));
    });
  await call('HeapProfiler.collectGarbage');
  const { usedSize, backingStorageSize } = (await call('Runtime.getHeapUsage')) as {
    usedSize: number;
    backingStorageSize?: number;
  };
  socket.close();
  if (typeof backingStorageSize !== 'number') {
    throw new Error(
      'This Chromium does not report backingStorageSize: the worker heap would leave out the index',
    );
  }
  return (usedSize + backingStorageSize) / 1024 / 1024;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
