import { PassThrough, Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { exportTenant, importTenant, type Manifest } from './archive.js';
import { MIGRATIONS } from '../../migrations/index.js';

let t: TestPlatform;
let root: string;
let srcId: string;

const deps = () => ({
  db: t.platform.db,
  connections: t.platform.connections,
  resolver: t.platform.tenants,
  tenantDbPrefix: t.platform.config.tenantDbPrefix,
  bcryptCost: t.platform.config.bcryptCost,
});

/** Exports a school into memory: the gzipped archive and its manifest. */
async function exportToBuffer(subdomain: string, withSecrets = false): Promise<{ archive: Buffer; manifest: Manifest }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const manifest = await exportTenant(t.platform, subdomain, out, { withSecrets });
  return { archive: Buffer.concat(chunks), manifest };
}
const importBuffer = (archive: Buffer, subdomain: string) => importTenant(deps(), Readable.from([archive]), { subdomain });

beforeAll(async () => {
  t = await startTestPlatform();
  root = await t.superAdmin();
  srcId = (await t.school('exp-src', { plan: 'standard' })).id;
  const admin = (await t.login('exp-src')).accessToken; // leaves a refresh token
  const a = t.as('exp-src', admin);
  const { classId, sectionId } = await t.setUpYear('exp-src', admin, { start: '2026-01-01', end: '2026-12-31' });
  const mum = (await a.post('/api/guardians', { firstName: 'Mum', lastName: 'One', account: { email: 'mum@exp.test' } }).expect(201)).body;
  for (const n of ['Ann', 'Ben', 'Cid'])
    await a.post('/api/students', { firstName: n, lastName: 'One', classId, sectionId, guardianIds: [mum.id] }).expect(201);
  await a.post('/api/announcements', { title: 'Hello', body: 'Welcome back', audience: 'school' }).expect(201);
});
afterAll(() => t.close());

describe('export and import of one school', () => {
  it('round-trips without secrets: same counts and checksums, no password or token in the archive, admins get set-password links', async () => {
    const first = await exportToBuffer('exp-src');
    const text = gunzipSync(first.archive).toString();
    expect(text).not.toMatch(/passwordHash|tokenHash/);
    expect(Object.keys(first.manifest.collections)).not.toContain('refreshtokens');
    expect(first.manifest.collections.students!.count).toBe(3);
    // A new school starts at the latest version: every migration is recorded.
    expect(first.manifest.schemaVersion).toEqual(MIGRATIONS.map((m) => m.id));
    expect(text.trim().split('\n').at(-1)).toContain('"type":"manifest"');

    const result = await importBuffer(first.archive, 'exp-copy');
    expect(result.collections).toEqual(first.manifest.collections);
    expect(result.usersWithoutPassword).toBeGreaterThanOrEqual(2);
    const again = await exportToBuffer('exp-copy');
    expect(again.manifest.collections).toEqual(first.manifest.collections);

    // The copy works: its admin sets a password through the link and sees the same students (same ids).
    expect(result.adminLinks.map((l) => l.email)).toEqual(['admin@exp-src.test']);
    const token = new URL(result.adminLinks[0]!.url, 'http://x').searchParams.get('token');
    await request(t.app)
      .post('/api/auth/accept-invitation')
      .set('X-Tenant-ID', 'exp-copy')
      .send({ token, password: 'a-brand-new-password' })
      .expect(204);
    const copy = (await t.login('exp-copy', 'admin@exp-src.test', 'a-brand-new-password')).accessToken;
    const original = (await t.login('exp-src')).accessToken;
    const ids = async (school: string, tok: string) =>
      (await t.as(school, tok).get('/api/students?sort=lastName').expect(200)).body.data.map((s: { id: string }) => s.id).sort();
    expect(await ids('exp-copy', copy)).toEqual(await ids('exp-src', original));
    // Nobody else can sign in with the old password.
    await expect(t.login('exp-copy', 'admin@exp-src.test', PASSWORD)).rejects.toThrow(/401/);
    const history = (await request(t.app).get(`/api/superadmin/tenants/${result.tenantId}/status-history`).set(bearer(root)).expect(200))
      .body.data;
    expect(history[0]).toMatchObject({ from: 'provisioning', to: 'active', reason: expect.stringContaining('exp-src') });
  });

  it('round-trips with secrets: passwords and sessions come along', async () => {
    const first = await exportToBuffer('exp-src', true);
    expect(Object.keys(first.manifest.collections)).toEqual(expect.arrayContaining(['refreshtokens', 'invitations']));
    const result = await importBuffer(first.archive, 'exp-full');
    expect(result).toMatchObject({ usersWithoutPassword: 0, adminLinks: [] });
    expect((await exportToBuffer('exp-full', true)).manifest.collections).toEqual(first.manifest.collections);
    await t.login('exp-full', 'admin@exp-src.test', PASSWORD);
  });

  it('refuses a tampered archive and leaves nothing behind', async () => {
    const { archive } = await exportToBuffer('exp-src');
    const lines = gunzipSync(archive).toString().split('\n');
    const i = lines.findIndex((l) => l.includes('"c":"students"'));
    lines[i] = lines[i]!.replace('"Ann"', '"Eve"');
    await expect(importBuffer(gzipSync(lines.join('\n')), 'exp-bad')).rejects.toMatchObject({ status: 422, code: 'ARCHIVE_MISMATCH' });
    expect(await t.platform.db.Tenant.exists({ subdomain: 'exp-bad' })).toBeNull();
    const names = await t.platform.db.connection.useDb(`${t.platform.config.tenantDbPrefix}exp_bad`).listCollections();
    expect(names).toEqual([]);
  });

  it('refuses a subdomain in use, and something that is not an archive', async () => {
    const { archive } = await exportToBuffer('exp-src');
    await expect(importBuffer(archive, 'exp-src')).rejects.toMatchObject({ status: 409, code: 'SUBDOMAIN_EXISTS' });
    await expect(importBuffer(gzipSync('{"hello":1}\n'), 'exp-junk')).rejects.toMatchObject({ status: 400, code: 'INVALID_ARCHIVE' });
  });

  it('is offered as a streamed download to platform operators only', async () => {
    const res = await request(t.app)
      .get(`/api/superadmin/tenants/${srcId}/export`)
      .set(bearer(root))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/gzip');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="exp-src-\d{4}-\d{2}-\d{2}\.school\.ndjson\.gz"/);
    const last = JSON.parse(
      gunzipSync(res.body as Buffer)
        .toString()
        .trim()
        .split('\n')
        .at(-1)!,
    );
    expect(last).toMatchObject({ type: 'manifest', withSecrets: false });
    const admin = (await t.login('exp-src')).accessToken;
    await request(t.app).get(`/api/superadmin/tenants/${srcId}/export`).set(bearer(admin)).expect(401);
  });
});
