import request from 'supertest';
import { PASSWORD, startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { provisionTenant, type ProvisionStep } from './provisioning.js';

let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t.close());

const input = (subdomain: string) => ({
  name: `School ${subdomain}`,
  subdomain,
  customDomain: `${subdomain}.example.org`,
  plan: 'basic' as const,
  status: 'active' as const,
  admin: { name: 'Head', email: `head@${subdomain}.test`, password: PASSWORD },
});

const deps = (afterStep?: (s: ProvisionStep) => void) => ({
  db: t.platform.db,
  connections: t.platform.connections,
  tenantDbPrefix: t.platform.config.tenantDbPrefix,
  bcryptCost: 4,
  afterStep,
});

async function databaseExists(name: string): Promise<boolean> {
  const { databases } = await t.platform.db.connection.db!.admin().listDatabases();
  return databases.some((d) => d.name === name);
}

describe('provisioning rollback', () => {
  const steps: ProvisionStep[] = ['create-record', 'claim-domain', 'create-database', 'create-admin', 'activate'];

  it.each(steps)('a failure after "%s" leaves no half school, and a retry succeeds', async (failAt) => {
    const subdomain = `fail-${failAt}`;
    const dbName = `${t.platform.config.tenantDbPrefix}${subdomain.replace(/-/g, '_')}`;
    await expect(
      provisionTenant(
        deps((step) => {
          if (step === failAt) throw new Error(`injected failure after ${step}`);
        }),
        input(subdomain),
      ),
    ).rejects.toThrow('injected failure');

    expect(await t.platform.db.Tenant.exists({ subdomain })).toBeNull();
    expect(await t.platform.db.TenantDomain.exists({ domain: `${subdomain}.example.org` })).toBeNull();
    expect(await databaseExists(dbName)).toBe(false);

    const tenant = await provisionTenant(deps(), input(subdomain));
    t.created.push(tenant);
    expect(tenant.status).toBe('active');
    await request(t.app)
      .post('/api/auth/login')
      .set('X-Tenant-ID', subdomain)
      .send({ email: `head@${subdomain}.test`, password: PASSWORD })
      .expect(200);
  });

  it('never adopts a database that already holds data', async () => {
    const dbName = `${t.platform.config.tenantDbPrefix}leftover`;
    await t.platform.db.connection.useDb(dbName).collection('stale').insertOne({ x: 1 });
    await expect(provisionTenant(deps(), input('leftover'))).rejects.toMatchObject({ code: 'DATABASE_EXISTS' });
    expect(await t.platform.db.Tenant.exists({ subdomain: 'leftover' })).toBeNull();
    expect(await t.platform.db.connection.useDb(dbName).collection('stale').countDocuments()).toBe(1);
    await t.platform.db.connection.useDb(dbName).dropDatabase();
  });
});
