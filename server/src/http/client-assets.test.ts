import express from 'express';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { compressApi } from './client-assets.js';

let t: TestPlatform;
let server: Server;

const SCRIPT = `console.log(${JSON.stringify('a built bundle '.repeat(200))});`;
const SHELL =
  '<!doctype html><title>School portal</title><div id="root"></div><script type="module" src="/assets/index-Ab12Cd.js"></script>';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1e3a8a"/></svg>';
// An .ico holding one PNG (header, one directory entry, the image), as client/public/favicon.ico.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const ICO = Buffer.concat([Buffer.from([0, 0, 1, 0, 1, 0, 32, 32, 0, 0, 1, 0, 32, 0, PNG.length, 0, 0, 0, 22, 0, 0, 0]), PNG]);

/** Writes a file with the .br and .gz beside it, as the client build's precompress step does. */
function built(file: string, text: string): void {
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

beforeAll(async () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'school-spa-'));
  mkdirSync(path.join(dist, 'assets'));
  built(path.join(dist, 'index.html'), SHELL);
  built(path.join(dist, 'assets', 'index-Ab12Cd.js'), SCRIPT);
  writeFileSync(path.join(dist, 'assets', 'plain-Ef34Gh.css'), 'body{margin:0}');
  built(path.join(dist, 'favicon.svg'), SVG);
  writeFileSync(path.join(dist, 'favicon.ico'), ICO);
  writeFileSync(path.join(os.tmpdir(), 'outside-dist.txt'), 'secret');
  t = await startTestPlatform({ SERVE_CLIENT: 'true', CLIENT_DIST: dist });
  await t.school('assets');
  server = await listening(t.app);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

const listening = (app: express.Express) =>
  new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });

/** A raw GET (no client-side decoding), so the test sees the bytes a browser receives. */
function get(url: string, headers: Record<string, string> = {}, target: Server = server) {
  const { port } = target.address() as AddressInfo;
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: url, headers: { Host: 'assets.localhost', ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const decoded = (res: { headers: IncomingHttpHeaders; body: Buffer }) =>
  (res.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(res.body)
    : res.headers['content-encoding'] === 'gzip'
      ? gunzipSync(res.body)
      : res.body
  ).toString();

describe('the built client', () => {
  it('a hashed script: Brotli for a browser that takes it, kept for a year, the same code once decoded', async () => {
    const res = await get('/assets/index-Ab12Cd.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      'content-encoding': 'br',
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': 'text/javascript; charset=utf-8',
    });
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(decoded(res)).toBe(SCRIPT);
  });

  it('gzip when that is what the browser prefers or takes, the file itself when it takes neither', async () => {
    const gz = await get('/assets/index-Ab12Cd.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(decoded(gz)).toBe(SCRIPT);
    expect((await get('/assets/index-Ab12Cd.js', { 'Accept-Encoding': 'br;q=0.5, gzip' })).headers['content-encoding']).toBe('gzip');
    expect((await get('/assets/index-Ab12Cd.js', { 'Accept-Encoding': 'br;q=0, *' })).headers['content-encoding']).toBe('gzip');

    const plain = await get('/assets/index-Ab12Cd.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(SCRIPT);
    // A file the build did not compress is sent as it is, still kept for a year.
    const css = await get('/assets/plain-Ef34Gh.css', { 'Accept-Encoding': 'br, gzip' });
    expect(css.headers).toMatchObject({
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': 'text/css; charset=utf-8',
    });
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.body.toString()).toBe('body{margin:0}');
  });

  it('a browser holding the script answers 304 without the bytes', async () => {
    const first = await get('/assets/index-Ab12Cd.js', { 'Accept-Encoding': 'br' });
    const again = await get('/assets/index-Ab12Cd.js', { 'Accept-Encoding': 'br', 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('an unknown /assets file is a 404, never the SPA shell parsed as a script', async () => {
    for (const url of ['/assets/index-Old999.js', '/assets/', '/assets/..%2f..%2foutside-dist.txt', '/assets/%E0%A4%A']) {
      const res = await get(url, { 'Accept-Encoding': 'br' });
      expect({ url, status: res.status }).toEqual({ url, status: 404 });
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body.toString()).not.toContain('<!doctype html>');
    }
  });

  it('the SPA shell on every client route: compressed, and asked again on each visit', async () => {
    for (const url of ['/', '/students', '/superadmin/schools']) {
      const res = await get(url, { 'Accept-Encoding': 'gzip, br' });
      expect(res.status).toBe(200);
      expect(res.headers).toMatchObject({
        'content-encoding': 'br',
        'cache-control': 'no-cache',
        'content-type': 'text/html; charset=utf-8',
      });
      expect(decoded(res)).toBe(SHELL);
    }
    // Its own name too, so a cache never keeps it longer than the routes that serve it.
    expect((await get('/index.html')).headers['cache-control']).toBe('no-cache');
  });

  it('the favicon is an image (the .ico and the SVG the shell links), kept a day', async () => {
    const ico = await get('/favicon.ico', { 'Accept-Encoding': 'br, gzip' });
    expect(ico.status).toBe(200);
    expect(ico.headers['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    expect(ico.headers['cache-control']).toBe('public, max-age=86400');
    expect(ico.body.subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    const svg = await get('/favicon.svg', { 'Accept-Encoding': 'br' });
    expect(svg.headers).toMatchObject({ 'content-type': 'image/svg+xml', 'content-encoding': 'br' });
    expect(decoded(svg)).toBe(SVG);
  });

  it("the API's JSON is compressed on the fly, and an unknown API path is still the API's 404", async () => {
    const res = await get('/api/openapi.json', { 'Accept-Encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decoded(res))).toHaveProperty('openapi');
    const missing = await get('/api/no-such-thing', { 'Accept-Encoding': 'gzip' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(decoded(missing))).toMatchObject({ error: 'ROUTE_NOT_FOUND' });
  });
});

describe('compressApi', () => {
  it('compresses GET answers, never the answers to writes (where tokens are handed out)', async () => {
    const big = { accessToken: 'x'.repeat(4000) };
    const app = express();
    app.use(compressApi());
    app.get('/list', (_req, res) => res.json(big));
    app.post('/login', (_req, res) => res.json(big));
    const small = await listening(app);
    try {
      expect((await get('/list', { 'Accept-Encoding': 'gzip' }, small)).headers['content-encoding']).toBe('gzip');
      const { port } = small.address() as AddressInfo;
      const post = await fetch(`http://127.0.0.1:${port}/login`, { method: 'POST', headers: { 'Accept-Encoding': 'gzip' } });
      expect(post.headers.get('content-encoding')).toBeNull();
      expect(await post.json()).toEqual(big);
    } finally {
      await new Promise((resolve) => small.close(resolve));
    }
  });
});
