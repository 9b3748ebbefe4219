import request from 'supertest';
import { PASSWORD, startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { provisionTenant, type ProvisionStep } from './provisioning.js';
import { jobDeps, runLifecycleJob } from '../modules/lifecycle/jobs.js';
import { ABANDONED_AFTER_MS } from '../modules/lifecycle/lifecycle.js';

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

  // The process dies between two steps (nothing runs the undos): the lifecycle job removes what is left once it is
  // clearly abandoned, and the subdomain can then be used again.
  it.each(steps.slice(0, -1))('a process that dies after "%s" leaves nothing once the job has run', async (diesAt) => {
    const subdomain = `died-${diesAt}`;
    const dbName = `${t.platform.config.tenantDbPrefix}${subdomain.replace(/-/g, '_')}`;
    let reached!: () => void;
    const atStep = new Promise<void>((resolve) => (reached = resolve));
    void provisionTenant(
      deps((step) => {
        if (step !== diesAt) return;
        reached();
        return new Promise<void>(() => undefined); // never continues: the process is gone
      }),
      input(subdomain),
    );
    await atStep;
    const left = await t.platform.db.Tenant.findOne({ subdomain }).lean();
    expect(left?.status).toBe('provisioning');
    await request(t.app).get('/api/tenant').set('X-Tenant-ID', subdomain).expect(503);
    await expect(provisionTenant(deps(), input(subdomain))).rejects.toMatchObject({ code: 'SUBDOMAIN_EXISTS' });

    // Within the hour it may still be running: left alone.
    expect((await runLifecycleJob(jobDeps(t.platform))).abandoned).toEqual([]);
    const later = new Date(Date.now() + ABANDONED_AFTER_MS + 60_000);
    const report = await runLifecycleJob(jobDeps(t.platform), later);
    expect(report.abandoned).toEqual([subdomain]);
    expect(await t.platform.db.Tenant.exists({ subdomain })).toBeNull();
    expect(await t.platform.db.TenantDomain.exists({ domain: `${subdomain}.example.org` })).toBeNull();
    expect(await databaseExists(dbName)).toBe(false);
    expect(await t.platform.db.TenantSubdomain.exists({ _id: subdomain })).toBeNull();

    const tenant = await provisionTenant(deps(), input(subdomain));
    t.created.push(tenant);
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
