import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { startGoTool } from '../../../test/servers.js';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a tiny image, for the test')]);
const PDF = Buffer.from('%PDF-1.4\n% a tiny document\n%%EOF\n');

const upload = (t: TestPlatform, school: string, token: string, query: string, body: Buffer, type: string) =>
  request(t.app).post(`/api/files?${query}`).set('X-Tenant-ID', school).set(bearer(token)).set('Content-Type', type).send(body);

describe('files on local disk', () => {
  let t: TestPlatform;
  let adminA: string;
  let adminB: string;
  let idA: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    idA = (await t.school('files-a')).id;
    await t.school('files-b');
    await t.school('files-full', { limits: { maxStorageMb: 0 } });
    adminA = (await t.login('files-a')).accessToken;
    adminB = (await t.login('files-b')).accessToken;
  });
  afterAll(() => t.close());

  it('stores a file and gives back exactly its bytes, typed and never run as a page', async () => {
    const res = await upload(t, 'files-a', adminA, 'kind=logo&name=crest.png', PNG, 'image/png').expect(201);
    expect(res.body).toMatchObject({ kind: 'logo', name: 'crest.png', contentType: 'image/png', size: PNG.length });
    const got = await t.as('files-a', adminA).get(res.body.url).buffer(true).expect(200);
    expect(Buffer.compare(got.body as Buffer, PNG)).toBe(0);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-security-policy']).toContain('sandbox');
    // The logo is also public on the school's own address (its sign-in page shows it).
    await request(t.app).get(`/api/files/${res.body.id}/public`).set('X-Tenant-ID', 'files-a').expect(200);
    expect(existsSync(path.join(t.env.UPLOADS_DIR!, idA, res.body.id))).toBe(true);
  });

  it('checks the kind, the real type of the bytes and the size', async () => {
    const lie = await upload(t, 'files-a', adminA, 'kind=photo&name=x.png', PDF, 'image/png').expect(415);
    expect(lie.body.message).toMatch(/not image\/png/);
    expect((await upload(t, 'files-a', adminA, 'kind=logo&name=x.pdf', PDF, 'application/pdf').expect(415)).body.details.allowed).toContain(
      'image/png',
    );
    await upload(t, 'files-a', adminA, 'kind=document&name=x.txt', Buffer.from('hello'), 'text/plain').expect(415);
    const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]);
    expect((await upload(t, 'files-a', adminA, 'kind=logo&name=big.png', big, 'image/png').expect(413)).body.error).toBe('FILE_TOO_LARGE');
    const huge = Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]);
    await upload(t, 'files-a', adminA, 'kind=document&name=huge.pdf', huge, 'application/pdf').expect(413);
    const teacher = (await t.userWithRole('files-a', 'teacher', adminA)).accessToken;
    await upload(t, 'files-a', teacher, 'kind=photo&name=x.png', PNG, 'image/png').expect(403);
  });

  it("never serves one school's file to another, whatever id or address is tried", async () => {
    const doc = (await upload(t, 'files-a', adminA, 'kind=document&name=report.pdf', PDF, 'application/pdf').expect(201)).body;
    await t.as('files-b', adminB).get(`/api/files/${doc.id}`).expect(404);
    await t.as('files-b', adminB).get(`/api/files/${doc.id}/content`).expect(404);
    await t.as('files-b', adminB).delete(`/api/files/${doc.id}`).expect(404);
    expect((await t.as('files-b', adminA).get(`/api/files/${doc.id}/content`).expect(403)).body.error).toBe('TENANT_MISMATCH');
    // The public route serves logos only, and only on their own school's address.
    await request(t.app).get(`/api/files/${doc.id}/public`).set('X-Tenant-ID', 'files-a').expect(404);
    const logo = (await t.as('files-a', adminA).get('/api/files?kind=logo').expect(200)).body.data[0];
    await request(t.app).get(`/api/files/${logo.id}/public`).set('X-Tenant-ID', 'files-b').expect(404);
    // Documents are for the office: a teacher of the same school does not see them, a photo they do.
    const teacher = (await t.userWithRole('files-a', 'teacher', adminA)).accessToken;
    await t.as('files-a', teacher).get(`/api/files/${doc.id}/content`).expect(404);
    const photo = (await upload(t, 'files-a', adminA, 'kind=photo&name=ada.png', PNG, 'image/png').expect(201)).body;
    await t.as('files-a', teacher).get(`/api/files/${photo.id}/content`).expect(200);
  });

  it("counts files in the school's storage and refuses uploads beyond its limit", async () => {
    const root = await t.superAdmin();
    const usage = (await request(t.app).get(`/api/superadmin/tenants/${idA}/usage`).set(bearer(root)).expect(200)).body;
    const files = (await t.as('files-a', adminA).get('/api/files?limit=100').expect(200)).body.data as { size: number }[];
    expect(usage.storageBytes).toBeGreaterThanOrEqual(files.reduce((a, f) => a + f.size, 0));
    const full = (await t.login('files-full')).accessToken;
    expect((await upload(t, 'files-full', full, 'kind=photo&name=x.png', PNG, 'image/png').expect(403)).body.error).toBe('QUOTA_EXCEEDED');
  });

  it('says when a recorded file has lost its bytes (404 FILE_MISSING, not a 500)', async () => {
    const photo = (await upload(t, 'files-a', adminA, 'kind=photo&name=lost.png', PNG, 'image/png').expect(201)).body;
    await rm(path.join(t.env.UPLOADS_DIR!, idA, photo.id));
    expect((await t.as('files-a', adminA).get(photo.url).expect(404)).body.error).toBe('FILE_MISSING');
  });

  it('deletes the bytes with the record', async () => {
    const photo = (await upload(t, 'files-a', adminA, 'kind=photo&name=gone.png', PNG, 'image/png').expect(201)).body;
    await t.as('files-a', adminA).delete(`/api/files/${photo.id}`).expect(204);
    await t.as('files-a', adminA).get(`/api/files/${photo.id}/content`).expect(404);
    expect(existsSync(path.join(t.env.UPLOADS_DIR!, idA, photo.id))).toBe(false);
  });
});

describe('files in S3-compatible storage', () => {
  let s3: Awaited<ReturnType<typeof startGoTool>>;
  let t: TestPlatform;
  beforeAll(async () => {
    // No S3 is reachable here: gofakes3 stands in. Without Go to build it this fails (never a silent pass).
    s3 = await startGoTool('fakes3', ['-bucket', 'school-files']);
    t = await startTestPlatform({
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'school-files',
      S3_PREFIX: 'schools/',
      S3_ENDPOINT: `http://${s3.addr}`,
      S3_ACCESS_KEY_ID: 'test',
      S3_SECRET_ACCESS_KEY: 'test-secret',
    });
  });
  afterAll(async () => {
    await t?.close();
    await s3?.stop();
  });

  it("keeps each school's files under its own prefix and serves them back", async () => {
    const a = await t.school('s3-a');
    const b = await t.school('s3-b');
    const tokenA = (await t.login('s3-a')).accessToken;
    const tokenB = (await t.login('s3-b')).accessToken;
    const fa = (await upload(t, 's3-a', tokenA, 'kind=document&name=a.pdf', PDF, 'application/pdf').expect(201)).body;
    await upload(t, 's3-b', tokenB, 'kind=photo&name=b.png', PNG, 'image/png').expect(201);
    const got = await t.as('s3-a', tokenA).get(fa.url).buffer(true).expect(200);
    expect(Buffer.compare(got.body as Buffer, PDF)).toBe(0);
    await t.as('s3-b', tokenB).get(fa.url).expect(404);

    const client = new S3Client({
      region: 'us-east-1',
      endpoint: `http://${s3.addr}`,
      forcePathStyle: true,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test-secret' },
    });
    const keys = (await client.send(new ListObjectsV2Command({ Bucket: 'school-files' }))).Contents!.map((o) => o.Key).sort();
    expect(keys).toHaveLength(2);
    expect(keys).toContain(`schools/${a.id}/${fa.id}`);
    expect(keys.filter((k) => new RegExp(`^schools/${b.id}/[0-9a-f]{24}$`).test(k!))).toHaveLength(1);
    await t.as('s3-a', tokenA).delete(`/api/files/${fa.id}`).expect(204);
    expect((await client.send(new ListObjectsV2Command({ Bucket: 'school-files', Prefix: `schools/${a.id}/` }))).Contents ?? []).toEqual(
      [],
    );
  });
});
