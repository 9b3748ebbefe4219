import request from 'supertest';
import { startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { ensureInitialTenant } from './initial-tenant.js';

let t: TestPlatform;

afterAll(() => t.close());

describe('createInitialTenant', () => {
  it('creates the super admin and the demo school once, then changes nothing and says so', async () => {
    t = await startTestPlatform({
      SUPERADMIN_EMAIL: 'ops@platform.test',
      DEMO_ADMIN_EMAIL: 'head@demo.test',
      DEMO_ADMIN_PASSWORD: 'demo-password-123',
    });
    const first = await ensureInitialTenant(t.platform);
    expect(first.changed).toBe(true);
    const generated = /with password (\S+)/.exec(first.lines.join('\n'))?.[1];
    expect(generated).toBeDefined();
    expect(generated!.length).toBeGreaterThanOrEqual(20);
    expect(first.lines.join('\n')).not.toContain('demo-password-123');
    const demo = await t.platform.db.Tenant.findOne({ subdomain: 'demo' }).lean();
    t.created.push({ id: demo!._id.toString(), databaseName: demo!.databaseConfig!.databaseName } as never);

    await request(t.app).post('/api/superadmin/auth/login').send({ email: 'ops@platform.test', password: generated }).expect(200);
    await request(t.app)
      .post('/api/auth/login')
      .set('Host', 'demo.localhost:5000')
      .send({ email: 'head@demo.test', password: 'demo-password-123' })
      .expect(200);

    const second = await ensureInitialTenant(t.platform);
    expect(second.changed).toBe(false);
    expect(second.lines.join('\n')).toMatch(/already exists \(unchanged\)[\s\S]*Nothing to do/);
    expect(await t.platform.db.Tenant.countDocuments({ subdomain: 'demo' })).toBe(1);
    expect(await t.platform.db.SuperAdmin.countDocuments()).toBe(1);
  });
});
