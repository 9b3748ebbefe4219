import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { RequestCounter } from './request-counter.js';
import { recordUsageDay } from './usage.service.js';

let t: TestPlatform;
let root: string;
let idA: string;
let idB: string;
let adminA: string;

beforeAll(async () => {
  t = await startTestPlatform();
  root = await t.superAdmin();
  idA = (await t.school('use-a', { plan: 'basic' })).id;
  idB = (await t.school('use-b')).id;
  adminA = (await t.login('use-a')).accessToken;
});
afterAll(() => t.close());

const usage = async (id: string) => (await request(t.app).get(`/api/superadmin/tenants/${id}/usage`).set(bearer(root)).expect(200)).body;

describe('school usage', () => {
  it("counts a school's records against its plan limits, and its storage", async () => {
    const a = t.as('use-a', adminA);
    await a.post('/api/students', { firstName: 'Ann', lastName: 'One' }).expect(201);
    await a.post('/api/students', { firstName: 'Bob', lastName: 'Two' }).expect(201);
    await a.post('/api/teachers', { firstName: 'Tess', lastName: 'Teach' }).expect(201);
    await a.post('/api/teachers', { kind: 'staff', firstName: 'Otto', lastName: 'Office' }).expect(201);
    const u = await usage(idA);
    expect(u).toMatchObject({ tenantId: idA, students: 2, teachers: 1, users: 1 });
    expect(u.limits.maxStudents).toBeGreaterThan(0);
    expect(u.storageBytes).toBeGreaterThan(0);
    expect(u.requests.byDay).toHaveLength(30);
    const b = await usage(idB);
    expect(b).toMatchObject({ students: 0, teachers: 0 });
  });

  it('counts every request a school is served, once, before and after the counts are written', async () => {
    const before = (await usage(idA)).requests.last30Days;
    const beforeB = (await usage(idB)).requests.last30Days;
    const a = t.as('use-a', adminA);
    for (let i = 0; i < 3; i++) await a.get('/api/students').expect(200);
    await a.get('/api/students/0123456789abcdef01234567').expect(404);
    // Unwritten counts of this instance are included ...
    expect((await usage(idA)).requests.last30Days).toBe(before + 4);
    // ... and writing them neither loses nor doubles any.
    await t.platform.requests.flush();
    const after = await usage(idA);
    expect(after.requests.last30Days).toBe(before + 4);
    expect(after.requests.byDay.at(-1).requests).toBeGreaterThanOrEqual(4);
    // The other school's count did not move; super admin calls count for no school.
    expect((await usage(idB)).requests.last30Days).toBe(beforeB);
  });

  it('adds up the counts of several API instances written to one database', async () => {
    const before = (await usage(idB)).requests.last30Days;
    const other = new RequestCounter(t.platform.db.RequestCount, 60_000);
    const third = new RequestCounter(t.platform.db.RequestCount, 60_000);
    other.add(idB, 5);
    third.add(idB, 7);
    await Promise.all([other.flush(), third.flush()]);
    expect((await usage(idB)).requests.last30Days).toBe(before + 12);
  });

  it('is for platform operators only, and 404 for an unknown school', async () => {
    await request(t.app).get(`/api/superadmin/tenants/${idA}/usage`).expect(401);
    await request(t.app).get(`/api/superadmin/tenants/${idA}/usage`).set(bearer(adminA)).expect(401);
    const res = await request(t.app).get('/api/superadmin/tenants/0123456789abcdef01234567/usage').set(bearer(root)).expect(404);
    expect(res.body.error).toBe('TENANT_NOT_FOUND');
  });
});

describe('usage over time', () => {
  it("keeps one snapshot per school and day (the day's latest figures), shown as history", async () => {
    const deps = { db: t.platform.db, connections: t.platform.connections, requests: t.platform.requests };
    const first = await recordUsageDay(deps);
    expect(first.failed).toEqual([]);
    await t.as('use-a', adminA).post('/api/students', { firstName: 'Cy', lastName: 'Three' }).expect(201);
    await recordUsageDay(deps);
    const today = new Date().toISOString().slice(0, 10);
    expect(await t.platform.db.UsageDay.countDocuments({ tenantId: idA, day: today })).toBe(1);
    const u = await usage(idA);
    expect(u.history).toHaveLength(1);
    expect(u.history[0]).toMatchObject({ day: today, students: 3, teachers: 1, users: 1, activeUsers: 1 });
    expect(u.history[0].requests).toBeGreaterThan(0);
    expect(u.activeUsersToday).toBe(1);
  });
});

describe('platform overview', () => {
  it('gives schools by status, growth per month and the busiest schools', async () => {
    await request(t.app).post(`/api/superadmin/tenants/${idB}/suspend`).set(bearer(root)).send({ reason: 'test' }).expect(200);
    const a = t.as('use-a', adminA);
    for (let i = 0; i < 20; i++) await a.get('/api/students').expect(200);
    const o = (await request(t.app).get('/api/superadmin/overview').set(bearer(root)).expect(200)).body;
    expect(o.schools).toBe(2);
    expect(o.byStatus).toMatchObject({ active: 1, suspended: 1, trial: 0, deleted: 0 });
    expect(o.growth).toHaveLength(12);
    expect(o.growth.at(-1)).toMatchObject({ created: 2, total: 2 });
    expect(o.busiest[0]).toMatchObject({ tenantId: idA, subdomain: 'use-a' });
    expect(o.busiest[0].requests).toBeGreaterThan(o.busiest[1].requests);
  });
});
