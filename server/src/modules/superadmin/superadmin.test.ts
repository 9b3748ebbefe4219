import request from 'supertest';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { fakeDns } from '../../../test/fake-dns.js';

let t: TestPlatform;
let root: string;

const dns = fakeDns();
/** Publishes the TXT record a school's pending domain asks for, then verifies it. */
const proveDomain = async (id: string) => {
  const { pendingDomain } = (await sa().get(`/api/superadmin/tenants/${id}`).expect(200)).body;
  dns.publish(pendingDomain.record.name, pendingDomain.record.value);
  return sa().post(`/api/superadmin/tenants/${id}/domain/verify`).expect(200);
};

beforeAll(async () => {
  t = await startTestPlatform({ BASE_DOMAIN: 'schools.example' }, { resolveTxt: dns.resolveTxt });
  root = await t.superAdmin();
});
afterAll(() => t.close());

const sa = () => ({
  get: (url: string) => request(t.app).get(url).set(bearer(root)),
  post: (url: string, body: object = {}) => request(t.app).post(url).set(bearer(root)).send(body),
  patch: (url: string, body: object) => request(t.app).patch(url).set(bearer(root)).send(body),
  delete: (url: string) => request(t.app).delete(url).set(bearer(root)),
});

const newSchool = (subdomain: string, extra: object = {}) => ({
  name: `School ${subdomain}`,
  subdomain,
  plan: 'standard',
  admin: { name: 'Head', email: `head@${subdomain}.test`, password: PASSWORD },
  ...extra,
});

describe('super admin auth', () => {
  it('refuses wrong credentials and missing tokens', async () => {
    const res = await request(t.app)
      .post('/api/superadmin/auth/login')
      .send({ email: 'root@platform.test', password: 'nope-nope-nope' })
      .expect(401);
    expect(res.body.error).toBe('INVALID_CREDENTIALS');
    expect((await request(t.app).get('/api/superadmin/tenants').expect(401)).body.error).toBe('AUTH_REQUIRED');
  });
});

describe('plans', () => {
  it("lists each plan's default limits and features", async () => {
    const { data } = (await sa().get('/api/superadmin/plans').expect(200)).body;
    expect(data.map((p: { plan: string }) => p.plan)).toEqual(['basic', 'standard', 'premium']);
    expect(data[1]).toEqual({
      plan: 'standard',
      limits: { maxStudents: 1000, maxTeachers: 100, maxStorageMb: 5120, requestsPerMinute: 1000 },
      features: ['parentPortal', 'financialManagement'],
    });
  });
});

describe('tenants', () => {
  it('creates a school: database, admin, 201, and no secrets in the answer', async () => {
    const res = await sa()
      .post('/api/superadmin/tenants', newSchool('hillside', { customDomain: 'Portal.Hillside.edu', features: { library: true } }))
      .expect(201);
    expect(res.body).toMatchObject({
      subdomain: 'hillside',
      customDomain: null,
      pendingDomain: {
        domain: 'portal.hillside.edu',
        record: { type: 'TXT', name: '_school-verify.portal.hillside.edu', value: expect.stringMatching(/^school-verify=/) },
      },
      status: 'active',
      active: true,
      features: { library: true, financialManagement: true },
      databaseConfig: { dedicated: false },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/connectionString|mongodb:/);
    // Its admin can sign in at once through the subdomain; the custom domain routes once its TXT record is proved.
    await request(t.app)
      .post('/api/auth/login')
      .set('Host', 'hillside.schools.example')
      .send({ email: 'head@hillside.test', password: PASSWORD })
      .expect(200);
    await request(t.app)
      .post('/api/auth/login')
      .set('Host', 'portal.hillside.edu')
      .send({ email: 'head@hillside.test', password: PASSWORD })
      .expect(400);
    expect((await proveDomain(res.body.id)).body).toMatchObject({ domain: 'portal.hillside.edu', pending: null });
    await request(t.app)
      .post('/api/auth/login')
      .set('Host', 'portal.hillside.edu')
      .send({ email: 'head@hillside.test', password: PASSWORD })
      .expect(200);
  });

  it('answers 409 for a taken subdomain or domain, and lets many schools have no domain', async () => {
    await sa().post('/api/superadmin/tenants', newSchool('riverside')).expect(201);
    await sa().post('/api/superadmin/tenants', newSchool('lakeside')).expect(201);
    expect((await sa().post('/api/superadmin/tenants', newSchool('riverside')).expect(409)).body.error).toBe('SUBDOMAIN_EXISTS');
    const dup = await sa()
      .post('/api/superadmin/tenants', newSchool('copycat', { customDomain: 'portal.hillside.edu' }))
      .expect(409);
    expect(dup.body.error).toBe('DOMAIN_EXISTS');
    // The refused school left nothing behind.
    expect(await t.platform.db.Tenant.exists({ subdomain: 'copycat' })).toBeNull();
  });

  it('refuses invalid and reserved subdomains and invalid domains', async () => {
    for (const subdomain of ['www', 'api', 'superadmin', 'ab', '-bad', 'bad-', 'has space', 'dots.not.ok', 'under_score', 'x'.repeat(64)]) {
      const res = await sa().post('/api/superadmin/tenants', newSchool(subdomain)).expect(400);
      expect(res.body.error).toBe('VALIDATION_ERROR');
      expect(res.body.details[0].path).toBe('subdomain');
    }
    for (const customDomain of ['localhost', 'not a domain', '1.2.3.4', 'a..b.com']) {
      await sa().post('/api/superadmin/tenants', newSchool('okname', { customDomain })).expect(400);
    }
  });

  it('tells whether a subdomain is free, valid and not reserved', async () => {
    expect((await sa().get('/api/superadmin/subdomains/brand-new').expect(200)).body).toEqual({
      subdomain: 'brand-new',
      available: true,
      reason: null,
    });
    expect((await sa().get('/api/superadmin/subdomains/Hillside').expect(200)).body).toMatchObject({
      subdomain: 'hillside',
      available: false,
      reason: expect.stringMatching(/taken/),
    });
    expect((await sa().get('/api/superadmin/subdomains/www').expect(200)).body).toMatchObject({
      available: false,
      reason: expect.stringMatching(/reserved/),
    });
    expect((await sa().get('/api/superadmin/subdomains/a_b').expect(200)).body.available).toBe(false);
    await request(t.app).get('/api/superadmin/subdomains/x').expect(401);
  });

  it('lists with pagination, status filter and name search', async () => {
    const all = await sa().get('/api/superadmin/tenants?limit=2').expect(200);
    expect(all.body).toMatchObject({ page: 1, limit: 2, total: 3, totalPages: 2 });
    const search = await sa().get('/api/superadmin/tenants?search=river').expect(200);
    expect(search.body.data.map((x: { subdomain: string }) => x.subdomain)).toEqual(['riverside']);
    expect((await sa().get('/api/superadmin/tenants?status=suspended').expect(200)).body.total).toBe(0);
    await sa().get('/api/superadmin/tenants?status=bogus').expect(400);
  });

  it('updates settings but never the database config', async () => {
    const { body: school } = await sa().get('/api/superadmin/tenants?search=lakeside').expect(200);
    const id = school.data[0].id as string;
    const res = await sa()
      .patch(`/api/superadmin/tenants/${id}`, { name: 'Lakeside Academy', theme: { primaryColor: '#112233' }, limits: { maxStudents: 42 } })
      .expect(200);
    expect(res.body).toMatchObject({ name: 'Lakeside Academy', theme: { primaryColor: '#112233' }, limits: { maxStudents: 42 } });
    const refused = await sa()
      .patch(`/api/superadmin/tenants/${id}`, { databaseConfig: { databaseName: 'other' } })
      .expect(400);
    expect(refused.body.error).toBe('VALIDATION_ERROR');
    const branding = await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'lakeside').expect(200);
    expect(branding.body.theme.primaryColor).toBe('#112233');
  });

  it('moves a custom domain from one school to another only once released', async () => {
    const { body } = await sa().get('/api/superadmin/tenants?search=riverside').expect(200);
    const river = body.data[0].id as string;
    await sa().patch(`/api/superadmin/tenants/${river}`, { customDomain: 'portal.hillside.edu' }).expect(409);
    await sa().patch(`/api/superadmin/tenants/${river}`, { customDomain: 'learn.riverside.org' }).expect(200);
    await request(t.app).get('/api/tenant').set('Host', 'learn.riverside.org').expect(400);
    await proveDomain(river);
    expect((await request(t.app).get('/api/tenant').set('Host', 'learn.riverside.org').expect(200)).body.subdomain).toBe('riverside');
    await sa().patch(`/api/superadmin/tenants/${river}`, { customDomain: null }).expect(200);
    expect((await request(t.app).get('/api/tenant').set('Host', 'learn.riverside.org').expect(400)).body.error).toBe('TENANT_REQUIRED');
  });

  it('suspends, activates and soft-deletes with a purge date; refuses other transitions', async () => {
    const { body } = await sa().get('/api/superadmin/tenants?search=riverside').expect(200);
    const id = body.data[0].id as string;
    expect((await sa().post(`/api/superadmin/tenants/${id}/activate`).expect(409)).body.error).toBe('INVALID_TRANSITION');
    expect((await sa().post(`/api/superadmin/tenants/${id}/suspend`, { reason: 'unpaid invoice' }).expect(200)).body).toMatchObject({
      status: 'suspended',
      active: false,
      statusReason: 'unpaid invoice',
    });
    await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'riverside').expect(403);
    await sa().post(`/api/superadmin/tenants/${id}/activate`).expect(200);
    await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'riverside').expect(200);
    const deleted = await sa().delete(`/api/superadmin/tenants/${id}`).expect(200);
    expect(deleted.body.status).toBe('deleted');
    const days = (new Date(deleted.body.purgeAt).getTime() - Date.now()) / 86_400_000;
    // 30 days, rounded up to the school's next midnight (lifecycle.ts): never less, less than a day more.
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(31);
    await sa().post(`/api/superadmin/tenants/${id}/suspend`).expect(409);
    const restored = await sa().post(`/api/superadmin/tenants/${id}/activate`).expect(200);
    expect(restored.body).toMatchObject({ status: 'active', purgeAt: null });
  });

  it('answers 404 for unknown ids and 400 for malformed ones', async () => {
    expect((await sa().get('/api/superadmin/tenants/0123456789abcdef01234567').expect(404)).body.error).toBe('TENANT_NOT_FOUND');
    expect((await sa().get('/api/superadmin/tenants/not-an-id').expect(400)).body.error).toBe('VALIDATION_ERROR');
  });

  it('writes an audit entry for every action, with who, what, which school and ip', async () => {
    const res = await sa().get('/api/superadmin/audit?limit=100').expect(200);
    const actions = res.body.data.map((a: { action: string }) => a.action);
    for (const action of ['superadmin.login', 'tenant.create', 'tenant.update', 'tenant.suspend', 'tenant.activate', 'tenant.delete']) {
      expect(actions).toContain(action);
    }
    const create = res.body.data.find((a: { action: string }) => a.action === 'tenant.create');
    expect(create).toMatchObject({ actorEmail: 'root@platform.test', tenantId: expect.any(String), ip: expect.any(String) });
  });
});
