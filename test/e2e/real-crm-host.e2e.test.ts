/**
 * The production per-CRM bundle on the CRM's real host name. Without the internet, Chromium's
 * host-resolver rules send app.hubspot.com to a local HTTPS server (self-signed certificate) that
 * serves the sandbox's demo HubSpot list; the manifest's own matches for HubSpot then apply unchanged.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPage, renderDemoPages } from '../../sandbox/demo-crm/index';
import { type ExtensionSession, launchExtension } from './harness';

const LIST = '/contacts/4455667/objects/0-2/views/all/list';

let certDir: string;
let server: Server;
let session: ExtensionSession;

function selfSignedCertificate(dir: string): { key: Buffer; cert: Buffer } {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=app.hubspot.com',
      '-addext',
      'subjectAltName=DNS:app.hubspot.com',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

beforeAll(async () => {
  certDir = mkdtempSync(join(tmpdir(), 'leady-cert-'));
  let pages: Map<string, string> | undefined;
  server = createServer(selfSignedCertificate(certDir), (request, response) => {
    const url = new URL(request.url ?? '/', 'https://app.hubspot.com');
    const html = pages && demoPage(pages, new URL(`/demo/hubspot${url.pathname}${url.search}`, url));
    response.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  session = await launchExtension({
    chromiumArgs: [
      `--host-resolver-rules=MAP app.hubspot.com 127.0.0.1:${port}`,
      '--ignore-certificate-errors',
    ],
  });
  pages = renderDemoPages(session.sandbox.data);
  await session.signInAndSync();
}, 120_000);

afterAll(async () => {
  await session?.close();
  server?.close();
  rmSync(certDir, { recursive: true, force: true });
});

describe('the HubSpot bundle on app.hubspot.com', () => {
  it('runs from the manifest’s own matches and badges the known companies', async () => {
    const page = await session.context.newPage();
    await page.goto(`https://app.hubspot.com${LIST}`);
    await page.waitForSelector('leady-badge[data-leady-company]', { state: 'attached', timeout: 15_000 });
    const ids = await page.$$eval('leady-badge', (hosts) =>
      hosts.map((h) => h.getAttribute('data-leady-company')),
    );
    expect(ids.length).toBeGreaterThan(0);
    // Only the HubSpot bundle ran here: the page has no demo-path prefix for the all-CRM bundle.
    const scripts = await (await session.worker()).evaluate(async () => {
      const g = globalThis as unknown as {
        chrome: {
          runtime: { getManifest(): { content_scripts: Array<{ js: string[]; matches: string[] }> } };
        };
      };
      return g.chrome.runtime
        .getManifest()
        .content_scripts.filter((s) => s.matches.includes('https://app.hubspot.com/*'));
    });
    expect(scripts.map((s) => s.js)).toEqual([['content-scripts/hubspot.js']]);
    await page.close();
  });
});
