import request from 'supertest';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let adminA: string;
let adminB: string;

beforeAll(async () => {
  t = await startTestPlatform({ BASE_DOMAIN: 'schools.example' });
  await t.school('aschool');
  await t.school('bschool');
  adminA = (await t.login('aschool')).accessToken;
  adminB = (await t.login('bschool')).accessToken;
});
afterAll(() => t.close());

const as = (school: string, token: string) => t.as(school, token);

describe('users (school admin)', () => {
  it('creates, reads, lists, updates and deletes users', async () => {
    const a = as('aschool', adminA);
    const created = await a.post('/api/users', { name: 'Tina Teacher', email: 'Tina@AS.test', role: 'teacher' }).expect(201);
    expect(created.body).toMatchObject({ name: 'Tina Teacher', email: 'tina@as.test', role: 'teacher', status: 'invited' });
    expect(created.body).not.toHaveProperty('passwordHash');
    const id = created.body.id as string;

    expect((await a.get(`/api/users/${id}`).expect(200)).body.email).toBe('tina@as.test');
    const list = await a.get('/api/users?role=teacher&search=tina&limit=5').expect(200);
    expect(list.body).toMatchObject({ page: 1, limit: 5, total: 1 });
    expect(list.body.data[0].id).toBe(id);

    const updated = await a.patch(`/api/users/${id}`, { name: 'Tina T.', role: 'staff' }).expect(200);
    expect(updated.body).toMatchObject({ name: 'Tina T.', role: 'staff' });
    await a.delete(`/api/users/${id}`).expect(204);
    await a.get(`/api/users/${id}`).expect(404);
  });

  it('paginates and sorts', async () => {
    const a = as('aschool', adminA);
    for (const n of ['Zed', 'Yan', 'Xia']) {
      await a.post('/api/users', { name: n, email: `${n.toLowerCase()}@as.test`, role: 'student' }).expect(201);
    }
    const page1 = await a.get('/api/users?role=student&sort=name&limit=2&page=1').expect(200);
    const page2 = await a.get('/api/users?role=student&sort=name&limit=2&page=2').expect(200);
    expect(page1.body.data.map((u: { name: string }) => u.name)).toEqual(['Xia', 'Yan']);
    expect(page2.body.data.map((u: { name: string }) => u.name)).toEqual(['Zed']);
    expect(page1.body).toMatchObject({ total: 3, totalPages: 2 });
  });

  it("refuses to set another person's password: 400 on password, no account, no invitation", async () => {
    const a = as('aschool', adminA);
    const res = await a.post('/api/users', { name: 'Pat', email: 'pat@as.test', password: PASSWORD, role: 'teacher' }).expect(400);
    expect(res.body.error).toBe('VALIDATION_ERROR');
    expect(res.body.details).toEqual([{ path: 'password', message: expect.stringContaining('invitation') }]);
    expect((await a.get('/api/users?search=pat').expect(200)).body.total).toBe(0);
    // Without it the person is invited, and the link comes back to copy.
    const invited = await a.post('/api/users', { name: 'Pat', email: 'pat@as.test', role: 'teacher' }).expect(201);
    expect(invited.body).toMatchObject({ status: 'invited', invitation: { state: 'invited' } });
    expect(invited.body.invitationUrl).toMatch(/^\/accept-invitation\?school=aschool&token=/);
  });

  it('refuses a duplicate email with 409', async () => {
    const a = as('aschool', adminA);
    await a.post('/api/users', { name: 'Dup', email: 'dup@as.test', role: 'parent' }).expect(201);
    const res = await a.post('/api/users', { name: 'Dup 2', email: 'DUP@as.test', role: 'parent' }).expect(409);
    expect(res.body.error).toBe('EMAIL_EXISTS');
  });

  it('keeps at least one active admin', async () => {
    const a = as('aschool', adminA);
    const me = await a.get('/api/auth/me').expect(200);
    expect((await a.patch(`/api/users/${me.body.user.id}`, { role: 'teacher' }).expect(409)).body.error).toBe('LAST_ADMIN');
    expect((await a.delete(`/api/users/${me.body.user.id}`).expect(409)).body.error).toBe('CANNOT_DELETE_SELF');
  });
});

describe('roles', () => {
  it('lets only admins manage users, and nobody escalate their own role', async () => {
    for (const role of ['teacher', 'student', 'parent', 'staff'] as const) {
      const u = await t.userWithRole('aschool', role, adminA);
      const client = as('aschool', u.accessToken);
      expect((await client.get('/api/users').expect(403)).body.error).toBe('FORBIDDEN');
      await client.post('/api/users', { name: 'X', email: `x-${role}@as.test`, password: PASSWORD, role: 'admin' }).expect(403);
      await client.patch(`/api/users/${u.user.id}`, { role: 'admin' }).expect(403);
      expect((await client.get('/api/auth/me').expect(200)).body.user.role).toBe(role);
    }
  });

  it('applies a demotion on the next request, not at token expiry', async () => {
    const second = { body: await t.activeUser('aschool', adminA, { name: 'Second Admin', email: 'second@as.test', role: 'admin' }) };
    const s = await t.login('aschool', 'second@as.test');
    await as('aschool', s.accessToken).get('/api/users').expect(200);
    await as('aschool', adminA).patch(`/api/users/${second.body.id}`, { role: 'teacher' }).expect(200);
    await as('aschool', s.accessToken).get('/api/users').expect(403);
  });
});

describe('cross-school isolation', () => {
  let victimId: string;

  beforeAll(async () => {
    victimId = (await as('aschool', adminA).post('/api/users', { name: 'Victim', email: 'victim@as.test', role: 'teacher' }).expect(201))
      .body.id;
  });

  it("B's admin cannot read, update or delete A's user by id: 404, data unchanged", async () => {
    const b = as('bschool', adminB);
    expect((await b.get(`/api/users/${victimId}`).expect(404)).body.error).toBe('NOT_FOUND');
    await b.patch(`/api/users/${victimId}`, { name: 'Hacked', role: 'admin' }).expect(404);
    await b.delete(`/api/users/${victimId}`).expect(404);
    const list = await b.get('/api/users?search=victim').expect(200);
    expect(list.body.total).toBe(0);
    const still = await as('aschool', adminA).get(`/api/users/${victimId}`).expect(200);
    expect(still.body).toMatchObject({ name: 'Victim', role: 'teacher' });
  });

  it("A's token is refused on B by header, by subdomain host, and when host and header disagree", async () => {
    await request(t.app).get(`/api/users/${victimId}`).set('X-Tenant-ID', 'bschool').set(bearer(adminA)).expect(403);
    await request(t.app).get(`/api/users/${victimId}`).set('Host', 'bschool.schools.example').set(bearer(adminA)).expect(403);
    const mixed = await request(t.app)
      .get(`/api/users/${victimId}`)
      .set('Host', 'bschool.schools.example')
      .set('X-Tenant-ID', 'aschool')
      .set(bearer(adminA));
    expect(mixed.status).toBe(400);
    expect(mixed.body.error).toBe('TENANT_MISMATCH');
    await request(t.app).delete(`/api/users/${victimId}`).set('X-Tenant-ID', 'bschool').set(bearer(adminA)).expect(403);
    await as('aschool', adminA).get(`/api/users/${victimId}`).expect(200);
  });

  it('a body can never choose the school', async () => {
    const res = await as('bschool', adminB)
      .post('/api/users', { name: 'Sneaky', email: 'sneaky@bs.test', role: 'teacher', tenantId: t.created[0]!.id })
      .expect(400);
    expect(res.body.error).toBe('VALIDATION_ERROR');
    expect((await as('aschool', adminA).get('/api/users?search=sneaky').expect(200)).body.total).toBe(0);
  });
});
