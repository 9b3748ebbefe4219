import request from 'supertest';
import { Types } from 'mongoose';
import { encryptSecret } from '../lib/crypto.js';
import { dbUri, startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { ConnectionFactory } from './connection-factory.js';
import { runForTenant, tenantModel } from './tenant-context.js';
import { UserModel } from '../modules/users/user.schema.js';
import type { TenantRecord } from './tenant.types.js';

let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform({ DB_POOL_SIZE: '10' });
});
afterAll(() => t.close());

const fakeTenant = (i: number, extra: Partial<TenantRecord> = {}): TenantRecord => ({
  id: new Types.ObjectId().toString(),
  name: `Bulk ${i}`,
  subdomain: `bulk${i}`,
  status: 'active',
  active: true,
  databaseName: `${t.platform.config.tenantDbPrefix}bulk_${i}`,
  schoolConfig: { name: `Bulk ${i}`, timeZone: 'UTC', language: 'en' },
  messaging: { ownSmtp: false },
  features: {} as TenantRecord['features'],
  theme: { primaryColor: '#000000', secondaryColor: '#ffffff', fontFamily: 'serif' },
  subscription: { plan: 'basic', status: 'active', startDate: new Date() },
  limits: { maxStudents: 1, maxTeachers: 1, maxStorageMb: 1, requestsPerMinute: 1 },
  staffAccess: [],
  maintenance: false,
  ...extra,
});

describe('shared cluster', () => {
  it('serves 1,000 schools through one bounded socket pool', async () => {
    const client = t.platform.db.connection.getClient();
    let open = 0;
    let peak = 0;
    client.on('connectionCreated', () => {
      open += 1;
      peak = Math.max(peak, open);
    });
    client.on('connectionClosed', () => {
      open -= 1;
    });
    const heapBefore = process.memoryUsage().heapUsed;
    const tenants = Array.from({ length: 1000 }, (_, i) => fakeTenant(i));
    for (let i = 0; i < tenants.length; i += 50) {
      await Promise.all(
        tenants
          .slice(i, i + 50)
          .map((tenant) => runForTenant(t.platform.connections, tenant, () => tenantModel(UserModel).countDocuments())),
      );
    }
    const heapPerSchool = (process.memoryUsage().heapUsed - heapBefore) / tenants.length;
    // Measured figure, for the record (the benchmark issue tracks it properly).
    console.info(
      `1,000 schools: ${peak} pool sockets at peak (maxPoolSize 10), ~${Math.round(heapPerSchool / 1024)} KB heap per open school`,
    );
    expect(peak).toBeLessThanOrEqual(10);
    expect(t.platform.connections.stats().sharedHandles).toBeGreaterThanOrEqual(1000);
  });

  it('releases idle handles (and their models) past the bound', async () => {
    const small = new ConnectionFactory({
      platform: t.platform.db.connection,
      encryptionKey: t.platform.config.encryptionKey,
      handlesMax: 20,
      dedicatedMax: 2,
      dedicatedPoolSize: 2,
      timeoutMs: 1000,
    });
    for (let i = 0; i < 100; i++)
      await small.model(fakeTenant(i, { databaseName: `${t.platform.config.tenantDbPrefix}evict_${i}` }), UserModel);
    expect(small.stats().sharedHandles).toBe(20);
    const related = (t.platform.db.connection as unknown as { relatedDbs: Record<string, unknown> }).relatedDbs;
    const kept = Object.keys(related).filter((n) => n.includes('evict_'));
    expect(kept.length).toBeLessThanOrEqual(20);
  });

  it('refuses tenant models outside a tenant context', () => {
    expect(() => tenantModel(UserModel)).toThrow(/No tenant database in context/);
  });
});

describe('dedicated databases', () => {
  it('uses a dedicated connection string, kept encrypted', async () => {
    const key = t.platform.config.encryptionKey;
    const tenant = fakeTenant(1, {
      encryptedConnectionString: encryptSecret(dbUri(), key),
      databaseName: `${t.platform.config.tenantDbPrefix}dedicated`,
    });
    await runForTenant(t.platform.connections, tenant, () =>
      tenantModel(UserModel).create({ name: 'D', email: 'd@d.test', role: 'admin', passwordHash: 'x' }),
    );
    const count = await runForTenant(t.platform.connections, tenant, () => tenantModel(UserModel).countDocuments());
    expect(count).toBe(1);
    expect(t.platform.connections.stats().dedicatedConnections).toBe(1);
    expect(tenant.encryptedConnectionString).not.toContain('mongodb://');
  });

  it('answers 503 TENANT_DB_UNAVAILABLE for a school whose database is down, and only for that school', async () => {
    const down = await t.school('downschool');
    const fine = await t.school('fineschool');
    const deadUri = encryptSecret('mongodb://127.0.0.1:1/?directConnection=true', t.platform.config.encryptionKey);
    await t.platform.db.Tenant.updateOne({ _id: down.id }, { $set: { 'databaseConfig.connectionString': deadUri } });
    await t.platform.tenants.invalidate(down);

    const res = await request(t.app)
      .post('/api/auth/login')
      .set('X-Tenant-ID', 'downschool')
      .send({ email: 'a@b.test', password: 'whatever-1' });
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ message: expect.any(String), error: 'TENANT_DB_UNAVAILABLE' });
    expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|mongodb/);
    await request(t.app)
      .post('/api/auth/login')
      .set('X-Tenant-ID', fine.subdomain)
      .send({ email: `admin@${fine.subdomain}.test`, password: 'correct-horse-battery' })
      .expect(200);

    // The database "comes back" (here: the school points at a reachable server) and the school recovers by itself.
    await t.platform.db.Tenant.updateOne(
      { _id: down.id },
      { $set: { 'databaseConfig.connectionString': encryptSecret(dbUri(), t.platform.config.encryptionKey) } },
    );
    await t.platform.tenants.invalidate(down);
    await request(t.app)
      .post('/api/auth/login')
      .set('X-Tenant-ID', 'downschool')
      .send({ email: 'admin@downschool.test', password: 'correct-horse-battery' })
      .expect(200);
  });
});
