import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../test/helpers.js';

let t: TestPlatform;
let admin: string;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a tiny image')]);
const PDF = Buffer.from('%PDF-1.4\n% a tiny document\n%%EOF\n');

beforeAll(async () => {
  // A built SPA, as `npm run build -w client` leaves it, served by the API (SERVE_CLIENT).
  const dist = mkdtempSync(path.join(os.tmpdir(), 'school-spa-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/assets/app.js"></script>');
  writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
  // Loopback is the proxy here, so X-Forwarded-Proto tells whether the client came over TLS.
  t = await startTestPlatform({ SERVE_CLIENT: 'true', CLIENT_DIST: dist, TRUST_PROXY: 'loopback' });
  await t.school('hdr');
  admin = (await t.login('hdr')).accessToken;
});
afterAll(() => t.close());

const directives = (csp: string | undefined) =>
  Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe('security headers', () => {
  it('the SPA shell: a strict policy (scripts only from our own files), no framing, no sniffing, no referrer', async () => {
    const res = await request(t.app).get('/students').set('Host', 'hdr.localhost').expect(200);
    const csp = directives(res.headers['content-security-policy']);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['style-src']).not.toContain("'unsafe-inline'");
    expect(res.headers).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'no-cache',
    });
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('deploy/nginx.conf gives the SPA shell the same policy', async () => {
    const conf = readFileSync(path.join(import.meta.dirname, '../../../deploy/nginx.conf'), 'utf8');
    const nginx = /add_header Content-Security-Policy "([^"]+)"/.exec(conf)?.[1];
    const res = await request(t.app).get('/').set('Host', 'hdr.localhost').expect(200);
    expect(directives(nginx)).toEqual(directives(res.headers['content-security-policy']));
  });

  it('HSTS only when the client came over TLS', async () => {
    const tls = await request(t.app).get('/').set('Host', 'hdr.localhost').set('X-Forwarded-Proto', 'https').expect(200);
    expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const api = await request(t.app).get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
    expect(api.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect((await request(t.app).get('/api/health').expect(200)).headers['strict-transport-security']).toBeUndefined();
  });

  it('an API answer carries the same headers, and no browser or proxy keeps it', async () => {
    const res = await t.as('hdr', admin).get('/api/students').expect(200);
    expect(res.headers).toMatchObject({ 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    expect(directives(res.headers['content-security-policy'])['script-src']).toEqual(["'self'"]);
    const refused = await request(t.app).get('/api/students').set('X-Tenant-ID', 'hdr').expect(401);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('/api/docs: its own policy (Swagger UI needs inline styles, never inline scripts), and its files load', async () => {
    const res = await request(t.app).get('/api/docs').expect(200);
    const csp = directives(res.headers['content-security-policy']);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(res.headers['x-frame-options']).toBe('DENY');
    // Every script and stylesheet the page names is served from here.
    const refs = [...res.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const ref of refs) {
      expect(ref.startsWith('/api/docs/')).toBe(true);
      await request(t.app).get(ref).expect(200);
    }
    expect(res.text).not.toMatch(/<script>|<script [^>]*>[^<]/);
    await request(t.app).get('/api/openapi.json').expect(200);
  });
});

describe('Cache-Control: no-store on personal data', () => {
  it('a JSON list, a CSV export, a report card PDF and a document download; branding and logos stay briefly cacheable', async () => {
    const a = t.as('hdr', admin);
    const { classId, sectionId, termId } = await t.setUpYear('hdr', admin);
    const student = (await a.post('/api/students', { firstName: 'Ada', lastName: 'Lovelace', classId, sectionId }).expect(201)).body;
    const upload = (query: string, body: Buffer, type: string) =>
      request(t.app)
        .post(`/api/files?${query}`)
        .set('X-Tenant-ID', 'hdr')
        .set(bearer(admin))
        .set('Content-Type', type)
        .send(body)
        .expect(201);

    const list = await a.get('/api/students').expect(200);
    const csv = await a.get('/api/students/export.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const pdf = await a.get(`/api/report-cards/${student.id}/terms/${termId}?format=pdf`).buffer(true).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const doc = (await upload(`kind=document&name=letter.pdf&studentId=${student.id}`, PDF, 'application/pdf')).body;
    const download = await a.get(doc.url).buffer(true).expect(200);
    for (const res of [list, csv, pdf, download]) expect(res.headers['cache-control']).toBe('no-store');

    const logo = (await upload('kind=logo&name=crest.png', PNG, 'image/png')).body;
    expect(
      (await request(t.app).get(`/api/files/${logo.id}/public`).set('X-Tenant-ID', 'hdr').expect(200)).headers['cache-control'],
    ).toMatch(/^public, max-age=\d+$/);
    // The branding may be kept but is revalidated on each load (a saved theme shows at once; tenant.test.ts).
    expect((await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'hdr').expect(200)).headers['cache-control']).toMatch(
      /^(public, )?no-cache/,
    );
  });
});
