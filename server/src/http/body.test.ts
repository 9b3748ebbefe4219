import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../test/helpers.js';

let t: TestPlatform;
let server: http.Server;
let admin: string;

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('body-a');
  admin = (await t.login('body-a')).accessToken;
  server = t.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/**
 * Declares a body of `declared` bytes but sends only its first 64 KB and then
 * waits: the answer can only come from a server that did not wait for the body.
 */
function partialBody(path: string, headers: Record<string, string>, declared: number): Promise<{ status: number; body: unknown }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path,
      headers: { ...headers, 'Content-Length': String(declared) },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown });
      });
    });
    req.on('error', reject);
    req.write(Buffer.alloc(64 * 1024, 0x61));
  });
}

describe('bodies are read after authentication, and only in the type the route takes', () => {
  it('an anonymous 3 MB upload is answered 401 before the body is sent', async () => {
    const res = await partialBody(
      '/api/files?kind=document&name=x.pdf',
      { 'X-Tenant-ID': 'body-a', 'Content-Type': 'application/pdf' },
      3 * 1024 * 1024,
    );
    expect(res).toMatchObject({ status: 401, body: { error: expect.any(String) } });
  });

  it('a 2 MB CSV body to a JSON route is answered 415 before the body is sent', async () => {
    const res = await partialBody(
      '/api/students',
      { 'X-Tenant-ID': 'body-a', 'Content-Type': 'text/csv', ...bearer(admin) },
      2 * 1024 * 1024,
    );
    expect(res).toMatchObject({ status: 415, body: { error: 'UNSUPPORTED_MEDIA_TYPE' } });
  });

  it('a signed-in user whose role may not import is refused (403) before the CSV is read', async () => {
    const teacher = await t.userWithRole('body-a', 'teacher', admin);
    const res = await partialBody(
      '/api/import/students',
      { 'X-Tenant-ID': 'body-a', 'Content-Type': 'text/csv', ...bearer(teacher.accessToken) },
      2 * 1024 * 1024,
    );
    expect(res.status).toBe(403);
  });

  it('each route takes its own type: JSON to a CSV import or an upload is 415; the right type is read', async () => {
    const as = (r: request.Test) => r.set('X-Tenant-ID', 'body-a').set(bearer(admin));
    await as(request(t.app).post('/api/import/students')).send({ csv: 'x' }).expect(415);
    await as(request(t.app).post('/api/files?kind=document&name=x.pdf')).send({ file: 'x' }).expect(415);
    const csv = await as(request(t.app).post('/api/import/students')).set('Content-Type', 'text/csv').send('firstName,lastName\n');
    expect(csv.status).not.toBe(415);
  });
});
