import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { captureLogs } from '../../test/log-capture.js';

let t: TestPlatform;
let schoolA: string;
let schoolB: string;

beforeAll(async () => {
  t = await startTestPlatform({ RATE_LIMIT_ENABLED: 'true' });
  schoolA = (await t.school('sec-a')).id;
  schoolB = (await t.school('sec-b', { limits: { requestsPerMinute: 2 } })).id;
});
afterAll(() => t.close());

/** The security events logged while `run` runs. */
async function eventsDuring(run: () => Promise<unknown>) {
  const logs = captureLogs('info');
  try {
    await run();
  } finally {
    logs.stop();
  }
  return { events: logs.lines().filter((l) => l.event === 'security'), text: logs.text() };
}

describe('refusals are logged as security events', () => {
  it('401: no or a bad token, and a failed sign-in, with the path but never the query, email or token', async () => {
    const { events, text } = await eventsDuring(async () => {
      await request(t.app).get('/api/students?search=Secret+Child').set('X-Tenant-ID', 'sec-a').expect(401);
      await request(t.app).get('/api/students').set('X-Tenant-ID', 'sec-a').set(bearer('forged.token.value')).expect(401);
      await request(t.app)
        .post('/api/auth/login')
        .set('X-Tenant-ID', 'sec-a')
        .send({ email: 'head@sec-a.test', password: 'not-it-at-all' })
        .expect(401);
    });
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({
      level: 40,
      event: 'security',
      kind: 'access.unauthenticated',
      status: 401,
      code: 'AUTH_REQUIRED',
      method: 'GET',
      path: '/api/students',
      tenantId: schoolA,
      ip: expect.any(String),
    });
    // The failed sign-in is one event, the sign-in's own (no second line from the refusal).
    expect(events[2]).toMatchObject({ kind: 'login_failed', tenantId: schoolA, ip: expect.any(String) });
    expect(text).not.toMatch(/Secret|head@sec-a|forged\.token|not-it-at-all/);
  });

  it("403: a role that may not, with the user's id", async () => {
    const admin = (await t.login('sec-a')).accessToken;
    const teacher = await t.userWithRole('sec-a', 'teacher', admin);
    const { events } = await eventsDuring(() =>
      request(t.app).post('/api/users').set('X-Tenant-ID', 'sec-a').set(bearer(teacher.accessToken)).send({}).expect(403),
    );
    expect(events).toEqual([
      expect.objectContaining({ kind: 'access.forbidden', status: 403, code: 'FORBIDDEN', userId: teacher.user.id, tenantId: schoolA }),
    ]);
  });

  it("cross-school attempts: a school's token at another school, and an address and header that disagree", async () => {
    const admin = (await t.login('sec-a')).accessToken;
    const { events } = await eventsDuring(async () => {
      await request(t.app).get('/api/students').set('X-Tenant-ID', 'sec-b').set(bearer(admin)).expect(403);
      await request(t.app).get('/api/tenant').set('Host', 'sec-a.localhost').set('X-Tenant-ID', 'sec-b').expect(400);
    });
    expect(events).toEqual([
      expect.objectContaining({ kind: 'access.cross_school', status: 403, code: 'TENANT_MISMATCH', tenantId: schoolB }),
      expect.objectContaining({ kind: 'access.cross_school', status: 400, code: 'TENANT_MISMATCH', path: '/api/tenant' }),
    ]);
    expect(JSON.stringify(events)).not.toContain(admin);
  });

  it('429: a school over its requests per minute', async () => {
    const admin = (await t.login('sec-b')).accessToken;
    const { events } = await eventsDuring(async () => {
      for (let i = 0; i < 4; i += 1) await request(t.app).get('/api/students').set('X-Tenant-ID', 'sec-b').set(bearer(admin));
    });
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'access.rate_limited', status: 429, code: 'RATE_LIMITED', tenantId: schoolB }),
    );
  });
});
