import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxServer } from '../../sandbox/server';
import { start } from './helpers';

let sandbox: SandboxServer;
let dir: string;

/** A raw GET, so paths reach the server exactly as written (fetch would normalise "..").*/
function rawGet(path: string): Promise<{ status: number; body: string; type: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(`${sandbox.origin}${path}`, { method: 'GET', path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'leady-sandbox-'));
  dir = join(root, 'site');
  await mkdir(join(dir, 'css'), { recursive: true });
  await writeFile(join(dir, 'crm.html'), '<!doctype html><title>CRM</title>');
  await writeFile(join(dir, 'css', 'app.css'), 'body{}');
  await writeFile(join(dir, 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'data.json'), '{"a":1}');
  await writeFile(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(dir, '.secret.html'), 'hidden');
  await writeFile(join(dir, 'notes.md'), '# not served');
  await writeFile(join(root, 'outside.html'), 'outside');
  await symlink(join(root, 'outside.html'), join(dir, 'link.html'));
  await mkdir(join(dir, 'withindex'));
  await writeFile(join(dir, 'withindex', 'index.html'), '<p>own index</p>');
  sandbox = await start({ scale: 100, staticDirs: { '/fixtures/': dir } });
});
afterAll(async () => {
  await sandbox.close();
  await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('static directories', () => {
  it('serve files with their content types', async () => {
    const expectations: [string, string][] = [
      ['crm.html', 'text/html; charset=utf-8'],
      ['css/app.css', 'text/css; charset=utf-8'],
      ['app.js', 'text/javascript; charset=utf-8'],
      ['data.json', 'application/json; charset=utf-8'],
      ['logo.png', 'image/png'],
    ];
    for (const [file, type] of expectations) {
      const res = await fetch(`${sandbox.origin}/fixtures/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
    }
  });

  it('list a directory without index.html, and serve index.html where there is one', async () => {
    const listing = await fetch(`${sandbox.origin}/fixtures/`);
    const html = await listing.text();
    expect(html).toContain('<title>Leady sandbox – /fixtures/</title>');
    for (const name of ['crm.html', 'app.js', 'css/', 'logo.png']) expect(html).toContain(name);
    expect(html).not.toContain('.secret');
    expect(html).not.toContain('notes.md');
    expect(await (await fetch(`${sandbox.origin}/fixtures/withindex/`)).text()).toBe('<p>own index</p>');
    const redirect = await fetch(`${sandbox.origin}/fixtures`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/fixtures/');
  });

  it('never leave the directory', async () => {
    for (const path of [
      '/fixtures/../outside.html',
      '/fixtures/%2e%2e/outside.html',
      '/fixtures/css/%2e%2e%2f%2e%2e%2foutside.html',
      '/fixtures/..%5coutside.html',
      '/fixtures/link.html',
      '/fixtures/.secret.html',
      '/fixtures/notes.md',
      '/fixtures/missing.html',
    ]) {
      const res = await rawGet(path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('outside');
    }
  });

  it('/demo/ serves the demo CRM pages with an index linking each CRM', async () => {
    const res = await fetch(`${sandbox.origin}/demo/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Leady sandbox – demo CRM');
    for (const crm of ['hubspot', 'pipedrive', 'salesforce', 'raynet'])
      expect(html).toContain(`href="/demo/${crm}/`);
    const list = await fetch(`${sandbox.origin}/demo/hubspot/contacts/4455667/objects/0-2/views/all/list`);
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('data-table-external-id="name-');
    const root = await fetch(`${sandbox.origin}/`, { redirect: 'manual' });
    expect(root.headers.get('location')).toBe('/demo/');
  });
});

describe('HTTP behaviour', () => {
  it('answers CORS preflights and allows any origin', async () => {
    const preflight = await fetch(`${sandbox.url}resources/`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://crm.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('DELETE');
    const get = await fetch(`${sandbox.url}resources/`, { headers: { Origin: 'https://crm.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
    expect(get.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });

  it('unknown URLs get Django’s HTML 404; a missing slash redirects', async () => {
    const unknown = await fetch(`${sandbox.url}nothing-here/`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await unknown.text()).toContain('<h1>Not Found</h1>');
    const noSlash = await fetch(`${sandbox.url}resources?x=1`, { redirect: 'manual' });
    expect(noSlash.status).toBe(301);
    expect(noSlash.headers.get('location')).toBe('/v1/resources/?x=1');
    const root = await fetch(`${sandbox.origin}/v1`, { redirect: 'manual' });
    expect(root.headers.get('location')).toBe('/v1/');
  });

  it('the API root lists the endpoints', async () => {
    const res = await fetch(sandbox.url, { headers: { Authorization: `Token ${sandbox.token}` } });
    expect(await res.json()).toMatchObject({ resources: `${sandbox.url}resources/` });
  });

  it('close() is idempotent', async () => {
    const extra = await start({ scale: 10 });
    await Promise.all([extra.close(), extra.close()]);
    await expect(fetch(extra.url)).rejects.toThrow();
  });
});
