import request from 'supertest';
import { startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { createPlatform } from '../platform.js';
import { loadConfig } from '../config/config.js';
import { dbUri } from '../../test/helpers.js';
import { UNWATCHED_TTL_MS } from './tenant-resolver.js';
import { captureLogs } from '../../test/log-capture.js';

let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform({ BASE_DOMAIN: 'schools.example' });
  await t.school('alpha', { customDomain: 'portal.alpha-academy.org' });
  await t.school('beta');
  await t.school('gamma');
});
afterAll(() => t.close());

const branding = (host: string | undefined, tenantHeader?: string) => {
  const req = request(t.app).get('/api/tenant');
  if (host) req.set('Host', host);
  if (tenantHeader !== undefined) req.set('X-Tenant-ID', tenantHeader);
  return req;
};

describe('tenant resolution', () => {
  it('resolves a custom domain', async () => {
    const res = await branding('portal.alpha-academy.org').expect(200);
    expect(res.body.subdomain).toBe('alpha');
  });

  it('resolves <subdomain>.<BASE_DOMAIN> and <subdomain>.localhost', async () => {
    expect((await branding('beta.schools.example').expect(200)).body.subdomain).toBe('beta');
    expect((await branding('beta.localhost:5000').expect(200)).body.subdomain).toBe('beta');
  });

  it('normalizes the Host: port, upper case and a trailing dot', async () => {
    expect((await branding('BETA.Schools.Example.:8080').expect(200)).body.subdomain).toBe('beta');
    expect((await branding('Portal.Alpha-Academy.ORG.').expect(200)).body.subdomain).toBe('alpha');
  });

  it('resolves the X-Tenant-ID header by subdomain or by id', async () => {
    const gamma = t.created.find((s) => s.subdomain === 'gamma')!;
    expect((await branding(undefined, 'gamma').expect(200)).body.subdomain).toBe('gamma');
    expect((await branding(undefined, gamma.id).expect(200)).body.subdomain).toBe('gamma');
  });

  it('accepts a header that agrees with the host, refuses one that does not', async () => {
    await branding('beta.schools.example', 'beta').expect(200);
    const res = await branding('beta.schools.example', 'gamma').expect(400);
    expect(res.body).toEqual({ message: expect.any(String), error: 'TENANT_MISMATCH' });
    await branding('portal.alpha-academy.org', 'beta').expect(400);
  });

  it('keeps a subdomain index by _id that can never send a request to the wrong school', async () => {
    await branding(undefined, 'beta').expect(200);
    const beta = await t.platform.db.Tenant.findOne({ subdomain: 'beta' }).lean();
    expect((await t.platform.db.TenantSubdomain.findById('beta').lean())?.tenantId.toString()).toBe(beta!._id.toString());
    // An entry left by a school that is gone (its subdomain since reused) is noticed and corrected.
    const gamma = await t.platform.db.Tenant.findOne({ subdomain: 'gamma' }).lean();
    await t.platform.db.TenantSubdomain.updateOne({ _id: 'beta' }, { $set: { tenantId: gamma!._id } }, { upsert: true });
    t.platform.tenants.clear();
    expect((await branding(undefined, 'beta').expect(200)).body.subdomain).toBe('beta');
    expect((await t.platform.db.TenantSubdomain.findById('beta').lean())?.tenantId.toString()).toBe(beta!._id.toString());
  });

  it('answers TENANT_REQUIRED, TENANT_NOT_FOUND and INVALID_TENANT_ID', async () => {
    expect((await branding('127.0.0.1').expect(400)).body.error).toBe('TENANT_REQUIRED');
    expect((await branding('schools.example').expect(400)).body.error).toBe('TENANT_REQUIRED');
    expect((await branding('www.schools.example').expect(400)).body.error).toBe('TENANT_REQUIRED');
    expect((await branding('nosuch.schools.example').expect(404)).body.error).toBe('TENANT_NOT_FOUND');
    expect((await branding(undefined, 'nosuch').expect(404)).body.error).toBe('TENANT_NOT_FOUND');
    expect((await branding(undefined, '{"$ne":null}').expect(400)).body.error).toBe('INVALID_TENANT_ID');
  });

  it('refuses suspended and deleted schools with 403 and provisioning ones with 503', async () => {
    const s = await t.school('delta');
    await t.platform.db.Tenant.updateOne({ subdomain: 'delta' }, { $set: { status: 'suspended' } });
    await t.platform.tenants.invalidate(s);
    expect((await branding(undefined, 'delta').expect(403)).body.error).toBe('TENANT_INACTIVE');
    await t.platform.db.Tenant.updateOne({ subdomain: 'delta' }, { $set: { status: 'deleted' } });
    await t.platform.tenants.invalidate(s);
    expect((await branding(undefined, 'delta').expect(403)).body.error).toBe('TENANT_INACTIVE');
    await t.platform.db.Tenant.updateOne({ subdomain: 'delta' }, { $set: { status: 'provisioning' } });
    await t.platform.tenants.invalidate(s);
    const res = await branding(undefined, 'delta').expect(503);
    expect(res.body.error).toBe('TENANT_PROVISIONING');
    expect(res.headers['retry-after']).toBeDefined();
  });

  it('ignores X-Forwarded-Host unless TRUST_PROXY is set', async () => {
    const res = await request(t.app).get('/api/tenant').set('Host', '127.0.0.1').set('X-Forwarded-Host', 'beta.schools.example');
    expect(res.body.error).toBe('TENANT_REQUIRED');
  });

  it('public branding exposes no database details', async () => {
    const res = await branding(undefined, 'alpha').expect(200);
    expect(res.body).not.toHaveProperty('databaseConfig');
    expect(JSON.stringify(res.body)).not.toMatch(/database|connection/i);
  });
});

describe('resolution cache', () => {
  it('sees a suspension at once on the instance that made it, and within a poll interval on another (TTL of minutes)', async () => {
    const other = await createPlatform(
      loadConfig({ ...t.env, TENANT_CACHE_TTL_MS: String(30 * 60_000), TENANT_CHANGE_POLL_MS: '100' }),
      dbUri(),
    );
    try {
      const root = await t.superAdmin();
      const eps = await t.school('epsilon');
      await request(other.app).get('/api/tenant').set('X-Tenant-ID', 'epsilon').expect(200);
      await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'epsilon').expect(200);

      await request(t.app).post(`/api/superadmin/tenants/${eps.id}/suspend`).set('Authorization', `Bearer ${root}`).send({}).expect(200);
      await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'epsilon').expect(403);

      await new Promise((r) => setTimeout(r, 400));
      await request(other.app).get('/api/tenant').set('X-Tenant-ID', 'epsilon').expect(403);
      // A change made by another process (a command) reaches it the same way.
      await request(t.app).post(`/api/superadmin/tenants/${eps.id}/activate`).set('Authorization', `Bearer ${root}`).send({}).expect(200);
      await new Promise((r) => setTimeout(r, 400));
      await request(other.app).get('/api/tenant').set('X-Tenant-ID', 'epsilon').expect(200);
    } finally {
      await other.close();
    }
  });

  it('loses no change notice when many schools change at once: another instance sees every new status within the poll bound', async () => {
    const other = await createPlatform(
      loadConfig({ ...t.env, TENANT_CACHE_TTL_MS: String(30 * 60_000), TENANT_CHANGE_POLL_MS: '100' }),
      dbUri(),
    );
    const logs = captureLogs('warn');
    try {
      const root = await t.superAdmin();
      const subs = Array.from({ length: 8 }, (_, i) => `burst-${i}`);
      const schools = [];
      for (const sub of subs) schools.push(await t.school(sub));
      const status = (sub: string) =>
        request(other.app)
          .get('/api/tenant')
          .set('X-Tenant-ID', sub)
          .then((r) => r.status);
      // Both instances have every school cached as active.
      expect(await Promise.all(subs.map(status))).toEqual(subs.map(() => 200));
      const action = (school: { id: string }, verb: 'suspend' | 'activate') =>
        request(t.app).post(`/api/superadmin/tenants/${school.id}/${verb}`).set('Authorization', `Bearer ${root}`).send({});
      for (const verb of ['suspend', 'activate'] as const) {
        expect((await Promise.all(schools.map((s) => action(s, verb)))).map((r) => r.status)).toEqual(subs.map(() => 200));
        // A few poll intervals (100 ms) on a loaded machine.
        await new Promise((r) => setTimeout(r, 1_000));
        expect(await Promise.all(subs.map(status))).toEqual(subs.map(() => (verb === 'suspend' ? 403 : 200)));
      }
      expect(logs.lines().filter((l) => (l.level as number) >= 40)).toEqual([]);
    } finally {
      logs.stop();
      await other.close();
    }
  });

  it('trusts cached lookups for a few seconds only while the change log cannot be read', async () => {
    const other = await createPlatform(
      loadConfig({ ...t.env, TENANT_CACHE_TTL_MS: String(30 * 60_000), TENANT_CHANGE_POLL_MS: '100' }),
      dbUri(),
    );
    try {
      expect(other.tenants.staleBoundMs).toBe(UNWATCHED_TTL_MS);
      await request(other.app).get('/api/tenant').set('X-Tenant-ID', 'beta').expect(200);
      // The log is healthy: the cached record is used (a change written behind its back is not seen).
      await t.platform.db.Tenant.updateOne({ subdomain: 'beta' }, { $set: { 'schoolConfig.name': 'Beta renamed quietly' } });
      expect((await request(other.app).get('/api/tenant').set('X-Tenant-ID', 'beta').expect(200)).body.name).not.toBe(
        'Beta renamed quietly',
      );
      // The log stops answering (here: its poller is stopped, as if every read failed): after the short bound, lookups reload.
      await other.tenants.stop();
      const realNow = Date.now;
      try {
        Date.now = () => realNow() + UNWATCHED_TTL_MS + 5_000;
        expect((await request(other.app).get('/api/tenant').set('X-Tenant-ID', 'beta').expect(200)).body.name).toBe('Beta renamed quietly');
      } finally {
        Date.now = realNow;
      }
    } finally {
      await t.platform.db.Tenant.updateOne({ subdomain: 'beta' }, { $set: { 'schoolConfig.name': 'School beta' } });
      await other.close();
    }
  });

  it('honours X-Forwarded-Host when TRUST_PROXY is configured', async () => {
    const proxied = await createPlatform(loadConfig({ ...t.env, TRUST_PROXY: 'loopback' }), dbUri());
    try {
      const res = await request(proxied.app).get('/api/tenant').set('Host', '127.0.0.1').set('X-Forwarded-Host', 'beta.schools.example');
      expect(res.status).toBe(200);
      expect(res.body.subdomain).toBe('beta');
    } finally {
      await proxied.close();
    }
  });
});
