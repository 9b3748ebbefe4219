import compression from 'compression';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../lib/errors.js';

/** Hashed build output (`/assets/index-<hash>.js`): its name changes whenever its bytes do, so browsers keep it. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files with a fixed name beside index.html (favicon): kept a day, then asked again. */
const PLAIN_FILE = 'public, max-age=86400';
/** index.html names the current hashed files: asked again (a cheap 304) on every visit. */
const SHELL = 'no-cache';

/** Encodings the client build writes beside each file (`client/vite.config.ts`), in the order we prefer them. */
const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

const notFound = (req: Request) => new AppError(404, 'NOT_FOUND', `No file at ${req.path}`);

/** Quality values of an Accept-Encoding header; `*` stands for any encoding not named. */
function acceptedEncodings(header: string | undefined): (name: string) => number {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name, weight === undefined ? 1 : Number(weight) || 0);
  }
  return (name) => q.get(name) ?? q.get('*') ?? 0;
}

/** The path of a built file under `dist` for a request path, or undefined (outside it, a dotfile, not a file). */
function builtFile(dist: string, urlPath: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (rel.includes('\0') || rel.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const file = path.join(dist, rel);
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends a built file, precompressed when the browser takes it: the best of `file.br` / `file.gz` that it accepts
 * (equal weights: Brotli, about 15% smaller than gzip on our bundles), else the file itself. Caches are told the
 * answer depends on Accept-Encoding. `send` still gives ETag, Last-Modified, 304 and HEAD, per encoding.
 */
function sendBuilt(req: Request, res: Response, next: NextFunction, file: string, cacheControl: string): void {
  const accepts = acceptedEncodings(req.headers['accept-encoding']);
  let best: (typeof ENCODINGS)[number] | undefined;
  for (const encoding of ENCODINGS) {
    if (accepts(encoding.name) > (best ? accepts(best.name) : 0) && existsSync(file + encoding.ext)) best = encoding;
  }
  res.vary('Accept-Encoding');
  res.set('Cache-Control', cacheControl);
  res.type(path.extname(file));
  if (best) res.set('Content-Encoding', best.name);
  res.sendFile(best ? file + best.ext : file, { cacheControl: false, dotfiles: 'allow' }, (err?: Error & { status?: number }) => {
    if (!err || res.headersSent) return;
    // Gone between the lookup and the send (a build in progress): as if it had never been there.
    res.removeHeader('Content-Encoding');
    next(err.status === 404 ? notFound(req) : err);
  });
}

/**
 * Serves the built client from `dist`: hashed assets for a year, files beside index.html for a day, and the SPA
 * shell (never cached without asking) for every other path outside /api. An unknown `/assets/...` file is a 404,
 * not the shell: a browser holding an old index.html must see a failed script (the error boundary offers a
 * reload), not HTML parsed as JavaScript.
 */
export function clientAssets(dist: string): RequestHandler {
  const index = path.join(dist, 'index.html');
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/api' || req.path.startsWith('/api/')) return next();
    const file = builtFile(dist, req.path);
    if (req.path.startsWith('/assets/')) {
      if (!file) return next(notFound(req));
      return sendBuilt(req, res, next, file, IMMUTABLE);
    }
    if (file && file !== index) return sendBuilt(req, res, next, file, PLAIN_FILE);
    // Client-side routes (/, /login, /superadmin/...) all get the SPA shell.
    sendBuilt(req, res, next, index, SHELL);
  };
}

/**
 * The API's JSON (and CSV exports) compressed on the fly. GET answers only: they are the large ones (lists,
 * dashboards, exports), and writes are where tokens are handed out (sign-in, refresh, password change); a secret
 * and the caller's own input compressed together in one answer is what BREACH measures.
 */
export const compressApi = (): RequestHandler =>
  compression({ filter: (req, res) => (req.method === 'GET' || req.method === 'HEAD') && compression.filter(req, res) });
