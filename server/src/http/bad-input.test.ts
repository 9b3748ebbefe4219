import request from 'supertest';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { runForTenant, tenantModel } from '../tenancy/tenant-context.js';
import { UserModel } from '../modules/users/user.schema.js';

let t: TestPlatform;
let admin: string;
let root: string;

beforeAll(async () => {
  t = await startTestPlatform({ BODY_LIMIT: '10kb' });
  await t.school('badin');
  admin = (await t.login('badin')).accessToken;
  root = await t.superAdmin();
});
afterAll(() => t.close());

const userCount = () => runForTenant(t.platform.connections, t.created[0]!, () => tenantModel(UserModel).countDocuments());
const post = (url: string) => request(t.app).post(url).set('X-Tenant-ID', 'badin').set(bearer(admin));

/** Every bad request gets the one error shape, a 4xx, and writes nothing. */
async function refused(res: request.Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  expect(res.body.error).toBe(code);
  expect(typeof res.body.message).toBe('string');
  expect(JSON.stringify(res.body)).not.toMatch(/stack|mongo|Cast to|node_modules|at \w+ \(/i);
}

describe('bad input', () => {
  let before: number;
  beforeEach(async () => {
    before = await userCount();
  });
  afterEach(async () => {
    expect(await userCount()).toBe(before);
  });

  it('malformed JSON', async () => {
    await refused(await post('/api/users').set('Content-Type', 'application/json').send('{"name": "x",'), 400, 'INVALID_JSON');
  });

  it('a body that is not JSON', async () => {
    await refused(await post('/api/users').set('Content-Type', 'text/plain').send('name=x'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('wrong types, missing fields, unknown fields, over-long strings', async () => {
    const cases: object[] = [
      { name: 42, email: 'a@b.test', password: PASSWORD, role: 'teacher' },
      { email: 'a@b.test', password: PASSWORD, role: 'teacher' },
      { name: 'A', email: 'a@b.test', password: PASSWORD, role: 'teacher', isAdmin: true },
      { name: 'A'.repeat(121), email: 'a@b.test', password: PASSWORD, role: 'teacher' },
      { name: 'A', email: 'not-an-email', password: PASSWORD, role: 'teacher' },
      { name: 'A', email: 'a@b.test', password: PASSWORD, role: 'teacher' },
      { name: 'A', email: 'a@b.test', password: PASSWORD, role: 'superuser' },
      [],
    ];
    for (const body of cases) {
      const res = await post('/api/users').send(body);
      await refused(res, 400, 'VALIDATION_ERROR');
      expect(Array.isArray(res.body.details)).toBe(true);
      expect(res.body.details[0]).toEqual({ path: expect.any(String), message: expect.any(String) });
    }
  });

  it('query operators in bodies', async () => {
    const login = await request(t.app)
      .post('/api/auth/login')
      .set('X-Tenant-ID', 'badin')
      .send({ email: { $ne: null }, password: { $ne: null } });
    await refused(login, 400, 'VALIDATION_ERROR');
    const sa = await request(t.app)
      .post('/api/superadmin/auth/login')
      .send({ email: { $gt: '' }, password: PASSWORD });
    await refused(sa, 400, 'VALIDATION_ERROR');
    const refresh = await request(t.app)
      .post('/api/auth/refresh')
      .set('X-Tenant-ID', 'badin')
      .send({ refreshToken: { $regex: '.*' } });
    await refused(refresh, 400, 'VALIDATION_ERROR');
  });

  it('query operators and unknown keys in query strings', async () => {
    for (const qs of [
      'role[$ne]=admin',
      'search[$regex]=.*',
      'limit=1000',
      'page=0',
      'sort=passwordHash',
      'role=admin&role=teacher',
      'unknown=1',
      // A NUL cannot even be put into a database pattern (found by fuzzing as a 500).
      'search=%00abc',
      'search=a%1Fb',
    ]) {
      await refused(await request(t.app).get(`/api/users?${qs}`).set('X-Tenant-ID', 'badin').set(bearer(admin)), 400, 'VALIDATION_ERROR');
    }
  });

  it('malformed percent-encoding in the path: 400, never 500, signed in or not', async () => {
    for (const path of ['/api/students/%', '/api/files/%zz/public']) {
      await refused(await request(t.app).get(path).set('X-Tenant-ID', 'badin').set(bearer(admin)), 400, 'BAD_REQUEST');
      await refused(await request(t.app).get(path).set('X-Tenant-ID', 'badin'), 400, 'BAD_REQUEST');
    }
    // A refresh cookie that cannot be decoded is just not a token.
    const res = await request(t.app)
      .post('/api/auth/refresh')
      .set('X-Tenant-ID', 'badin')
      .set('X-Session', 'cookie')
      .set('Cookie', `sp_rt_${t.created[0]!.id}=%E0%A4%A`);
    expect(res.status).toBe(401);
  });

  it('invalid ObjectIds', async () => {
    for (const id of ['123', 'zzzzzzzzzzzzzzzzzzzzzzzz', '{"$ne":null}']) {
      await refused(
        await request(t.app)
          .get(`/api/users/${encodeURIComponent(id)}`)
          .set('X-Tenant-ID', 'badin')
          .set(bearer(admin)),
        400,
        'VALIDATION_ERROR',
      );
    }
  });

  it('invalid subdomains and domains', async () => {
    const res = await request(t.app)
      .post('/api/superadmin/tenants')
      .set(bearer(root))
      .send({ name: 'Bad', subdomain: 'Bad_Name!', customDomain: 'nope', admin: { name: 'A', email: 'a@b.test', password: PASSWORD } });
    await refused(res, 400, 'VALIDATION_ERROR');
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['customDomain', 'subdomain']);
  });

  it('oversized bodies get 413', async () => {
    await refused(
      await post('/api/users').send({ name: 'x'.repeat(20_000), email: 'a@b.test', password: PASSWORD, role: 'teacher' }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('unknown routes get the same JSON shape', async () => {
    await refused(await request(t.app).get('/api/nothing-here'), 404, 'ROUTE_NOT_FOUND');
  });

  it('a known path with a method it does not take gets 405 and the methods it does', async () => {
    const health = await request(t.app).put('/api/health').send({});
    await refused(health, 405, 'METHOD_NOT_ALLOWED');
    expect(health.headers.allow).toBe('GET, HEAD');
    const students = await request(t.app).put('/api/students').set('X-Tenant-ID', 'badin').set(bearer(admin)).send({});
    await refused(students, 405, 'METHOD_NOT_ALLOWED');
    expect(students.headers.allow).toBe('GET, POST, HEAD');
  });
});
