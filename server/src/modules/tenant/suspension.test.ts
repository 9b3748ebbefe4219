import request from 'supertest';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let teacherEmail: string;

const status = (school: string, email: string, password = PASSWORD) =>
  request(t.app).post('/api/school-status').set('X-Tenant-ID', school).send({ email, password });

beforeAll(async () => {
  t = await startTestPlatform();
  const school = await t.school('susp');
  await t.school('open');
  const admin = (await t.login('susp')).accessToken;
  teacherEmail = (await t.activeUser('susp', admin, { name: 'T', email: 'teach@susp.test', role: 'teacher' })).email;
  const root = await t.superAdmin();
  await request(t.app)
    .post(`/api/superadmin/tenants/${school.id}/suspend`)
    .set(bearer(root))
    .send({ reason: 'Suspended for non-payment: invoice 2026-11 unpaid' })
    .expect(200);
});
afterAll(() => t.close());

describe('a suspended school', () => {
  it('tells everyone it is suspended and whom to ask, never the reason', async () => {
    const res = await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'susp').expect(403);
    expect(res.body.error).toBe('TENANT_INACTIVE');
    expect(res.body.message).toMatch(/suspended.*Parents and students: please contact the school/);
    expect(res.body.message).not.toMatch(/payment/);
    await request(t.app)
      .post('/api/auth/login')
      .set('X-Tenant-ID', 'susp')
      .send({ email: 'admin@susp.test', password: PASSWORD })
      .expect(403);
  });

  it("shows the operator's reason to its admin (password checked), and to nobody else", async () => {
    const res = await status('susp', 'admin@susp.test').expect(200);
    expect(res.body).toMatchObject({
      status: 'suspended',
      reason: 'Suspended for non-payment: invoice 2026-11 unpaid',
      since: expect.any(String),
    });
    expect(res.headers['set-cookie']).toBeUndefined(); // nobody is signed in
    const wrong = await status('susp', 'admin@susp.test', 'not-the-password').expect(401);
    expect(JSON.stringify(wrong.body)).not.toMatch(/payment/);
    await status('susp', 'nobody@susp.test').expect(401);
    const teacher = await status('susp', teacherEmail).expect(403);
    expect(JSON.stringify(teacher.body)).not.toMatch(/payment/);
    // Another school's admin cannot ask with their own password.
    await status('susp', 'admin@open.test').expect(401);
    const bad = await status('susp', 'not-an-email').expect(400);
    expect(bad.body.details.map((d: { path: string }) => d.path)).toEqual(['email']);
  });

  it('an open school answers that it is open', async () => {
    expect((await status('open', 'admin@open.test').expect(200)).body).toMatchObject({
      status: expect.not.stringMatching(/suspended/),
      reason: null,
    });
  });
});
