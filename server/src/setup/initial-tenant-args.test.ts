import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { ensureInitialTenant } from './initial-tenant.js';
import { parseInitialTenantArgs } from './initial-tenant-args.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform({ DEMO_ADMIN_PASSWORD: 'demo-password-123' });
});
afterAll(() => t.close());

describe("a new school's time zone, language and locale", () => {
  it('createInitialTenant reads --time-zone, --language and --locale with the API’s rules', () => {
    expect(parseInitialTenantArgs(['--time-zone', 'Africa/Dakar', '--language=fr', '--locale', 'fr-sn'])).toEqual({
      schoolConfig: { timeZone: 'Africa/Dakar', language: 'fr', locale: 'fr-SN' },
    });
    expect(parseInitialTenantArgs([])).toEqual({ schoolConfig: {} });
    expect(parseInitialTenantArgs(['--language', 'xx'])).toEqual({ error: '--language: must be one of en, fr, ar, es' });
    expect(parseInitialTenantArgs(['--time-zone', 'Mars/Olympus'])).toEqual({
      error: '--time-zone: must be an IANA time zone like Africa/Nairobi',
    });
    expect(parseInitialTenantArgs(['--locale', 'not a locale!'])).toEqual({ error: '--locale: must be a BCP 47 locale like fr-SN' });
    expect(parseInitialTenantArgs(['--language'])).toEqual({ error: '--language needs a value' });
    expect(parseInitialTenantArgs(['--currency', 'EUR'])).toMatchObject({ error: expect.stringMatching(/^Unknown argument --currency/) });
  });

  it('the command stops with a clear error and a non-zero exit before it touches anything', () => {
    const root = join(process.cwd(), '..');
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/create-initial-tenant.ts', '--language', 'klingon'], {
      cwd: root,
      encoding: 'utf8',
      // No database: the arguments are refused before one is opened.
      env: { ...process.env, MONGODB_URI: 'mongodb://127.0.0.1:1/none' },
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--language: must be one of en, fr, ar, es');
  });

  it('the demo school gets them', async () => {
    await ensureInitialTenant(t.platform, { timeZone: 'Asia/Riyadh', language: 'ar', locale: 'ar-SA' });
    const demo = await t.platform.db.Tenant.findOne({ subdomain: 'demo' }).lean();
    t.created.push({ id: demo!._id.toString(), databaseName: demo!.databaseConfig!.databaseName } as never);
    expect(demo?.schoolConfig).toMatchObject({ timeZone: 'Asia/Riyadh', language: 'ar', locale: 'ar-SA', shortName: 'Demo' });
    const tenant = await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'demo').expect(200);
    expect(tenant.body).toMatchObject({ timeZone: 'Asia/Riyadh', language: 'ar', locale: 'ar-SA' });
  });

  it.each([
    ['an unknown language', { language: 'xx' }, 'schoolConfig.language'],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'schoolConfig.timeZone'],
  ])('the operator’s create-school API refuses %s with 400 on the field, and creates nothing', async (_name, schoolConfig, path) => {
    const token = await t.superAdmin();
    const res = await request(t.app)
      .post('/api/superadmin/tenants')
      .set(bearer(token))
      .send({
        name: 'Nowhere School',
        subdomain: 'nowhere',
        admin: { name: 'Head', email: 'head@nowhere.test', password: PASSWORD },
        schoolConfig,
      })
      .expect(400);
    expect(res.body.error).toBe('VALIDATION_ERROR');
    expect((res.body.details as { path: string }[]).map((d) => d.path)).toContain(path);
    expect(await t.platform.db.Tenant.exists({ subdomain: 'nowhere' })).toBeNull();
  });
});
