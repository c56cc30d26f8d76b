/**
 * Static directories mounted under URL prefixes (the demo CRM pages, test fixtures). Paths are
 * decoded segment by segment and every `.`/`..`/hidden segment is refused before touching the disk;
 * the resolved real path must still lie inside the mounted directory, so neither `..` tricks nor
 * symlinks can reach other files.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { contentTypeFor } from './content-types';
import { type ListingEntry, listingTitle, renderListing } from './dir-listing';
import { redirect, sendHtml, sendRaw } from './respond';

export interface StaticMount {
  /** URL prefix with leading and trailing slash, e.g. "/demo/". */
  prefix: string;
  /** Absolute directory path. */
  dir: string;
}

export interface ListingContext {
  apiUrl: string;
  email: string;
  password: string;
}

const NOT_FOUND_PAGE = '<!doctype html><title>Not Found</title><h1>Not Found</h1>';

export function normalizeMounts(dirs: Readonly<Record<string, string>>): StaticMount[] {
  return Object.entries(dirs)
    .map(([prefix, dir]) => {
      const trimmed = prefix.replace(/^\/+|\/+$/g, '');
      return { prefix: trimmed === '' ? '/' : `/${trimmed}/`, dir: resolve(dir) };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

export function findMount(mounts: readonly StaticMount[], pathname: string): StaticMount | undefined {
  return mounts.find((m) => pathname.startsWith(m.prefix) || `${pathname}/` === m.prefix);
}

/** Decoded, safe path segments, or null when the path must not be served. */
function safeSegments(relative: string): string[] | null {
  const segments: string[] = [];
  for (const raw of relative.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment.startsWith('.') || /[\\/\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

async function isInside(root: string, target: string): Promise<boolean> {
  try {
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    return realTarget === realRoot || realTarget.startsWith(realRoot + sep);
  } catch {
    return false;
  }
}

async function listEntries(dir: string): Promise<ListingEntry[]> {
  const dirents = await readdir(dir, { withFileTypes: true });
  return dirents
    .filter((d) => !d.name.startsWith('.') && (d.isDirectory() || contentTypeFor(d.name) !== undefined))
    .map((d) => ({ name: d.name, directory: d.isDirectory() }))
    .sort((a, b) => Number(b.directory) - Number(a.directory) || a.name.localeCompare(b.name));
}

async function serveFile(res: ServerResponse, file: string): Promise<boolean> {
  const type = contentTypeFor(file);
  if (!type) return false;
  sendRaw(res, 200, type, await readFile(file), { 'Cache-Control': 'no-cache' });
  return true;
}

/** Serves a request below a mount; answers 404 itself for anything it will not serve. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  mount: StaticMount,
  listing: ListingContext,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendHtml(res, 405, '<!doctype html><title>Method Not Allowed</title>', { Allow: 'GET, HEAD' });
    return;
  }
  if (!pathname.startsWith(mount.prefix)) {
    redirect(res, 301, mount.prefix);
    return;
  }
  const segments = safeSegments(pathname.slice(mount.prefix.length));
  const target = segments ? join(mount.dir, ...segments) : null;
  if (!target || !(await isInside(mount.dir, target))) {
    sendHtml(res, 404, NOT_FOUND_PAGE);
    return;
  }
  const info = await stat(target);
  if (info.isDirectory()) {
    if (!pathname.endsWith('/')) {
      redirect(res, 301, `${pathname}/`);
      return;
    }
    const index = join(target, 'index.html');
    if ((await isInside(mount.dir, index)) && (await serveFile(res, index))) return;
    const html = renderListing({
      title: listingTitle(mount.prefix),
      path: pathname,
      entries: await listEntries(target),
      ...listing,
    });
    sendHtml(res, 200, html, { 'Cache-Control': 'no-cache' });
    return;
  }
  if (!info.isFile() || !(await serveFile(res, target))) sendHtml(res, 404, NOT_FOUND_PAGE);
}
