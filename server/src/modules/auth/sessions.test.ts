import request from 'supertest';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { captureLogs } from '../../../test/log-capture.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { AuditModel } from '../../school/audit.js';

let t: TestPlatform;
let schoolId: string;
let otherId: string;

beforeAll(async () => {
  // A one-second grace keeps the "reuse after the grace" test short.
  t = await startTestPlatform({ REFRESH_GRACE_SECONDS: '1' });
  schoolId = (await t.school('sess')).id;
  otherId = (await t.school('sess2')).id;
});
afterAll(() => t.close());

const api = () => request(t.app);
const me = (token: string, school = 'sess') => api().get('/api/auth/me').set('X-Tenant-ID', school).set(bearer(token));
const refreshBody = (token: string, school = 'sess') =>
  api().post('/api/auth/refresh').set('X-Tenant-ID', school).send({ refreshToken: token });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The browser's way: `X-Session: cookie`; returns the Set-Cookie header of the refresh cookie. */
async function browserLogin(school = 'sess') {
  const res = await api()
    .post('/api/auth/login')
    .set('X-Tenant-ID', school)
    .set('X-Session', 'cookie')
    .send({ email: `admin@${school}.test`, password: PASSWORD })
    .expect(200);
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return { res, setCookie, cookie: setCookie[0]!.split(';')[0]! };
}

describe('logout ends access at once', () => {
  it('refuses the old access token right after logout (body and cookie clients)', async () => {
    const s = await t.login('sess');
    await me(s.accessToken).expect(200);
    await api().post('/api/auth/logout').set('X-Tenant-ID', 'sess').send({ refreshToken: s.refreshToken }).expect(204);
    expect((await me(s.accessToken).expect(401)).body.error).toBe('TOKEN_REVOKED');
    await refreshBody(s.refreshToken).expect(401);

    const b = await browserLogin();
    await me(b.res.body.accessToken).expect(200);
    await api().post('/api/auth/logout').set('X-Tenant-ID', 'sess').set('X-Session', 'cookie').set('Cookie', b.cookie).expect(204);
    expect((await me(b.res.body.accessToken).expect(401)).body.error).toBe('TOKEN_REVOKED');
  });

  it("lets the user's other logins continue after one refresh", async () => {
    const a = await t.login('sess');
    const b = await t.login('sess');
    await api().post('/api/auth/logout').set('X-Tenant-ID', 'sess').send({ refreshToken: a.refreshToken }).expect(204);
    await me(b.accessToken).expect(401);
    const renewed = await refreshBody(b.refreshToken).expect(200);
    await me(renewed.body.accessToken).expect(200);
  });
});

describe('refresh cookie', () => {
  it('is httpOnly, SameSite=Strict, scoped to /api/auth and named per school; the body has no refresh token', async () => {
    const a = await browserLogin('sess');
    const b = await browserLogin('sess2');
    expect(a.res.body.refreshToken).toBeUndefined();
    expect(a.res.body.accessToken).toEqual(expect.any(String));
    expect(a.setCookie[0]).toMatch(new RegExp(`^sp_rt_${schoolId}=`));
    expect(b.setCookie[0]).toMatch(new RegExp(`^sp_rt_${otherId}=`));
    for (const attr of ['HttpOnly', 'SameSite=Strict', 'Path=/api/auth', 'Expires=']) expect(a.setCookie[0]).toContain(attr);
    // Plain http on a loopback name (local development) is the only case without Secure.
    expect(a.setCookie[0]).not.toContain('Secure');
    const online = await api()
      .post('/api/auth/login')
      .set('Host', 'sess.example.org')
      .set('X-Tenant-ID', 'sess')
      .set('X-Session', 'cookie')
      .send({ email: 'admin@sess.test', password: PASSWORD });
    expect(([] as string[]).concat(online.headers['set-cookie'] ?? [])[0]).toContain('Secure');
  });

  it('refreshes with the cookie and the session header, rotating the cookie', async () => {
    const a = await browserLogin();
    const res = await api()
      .post('/api/auth/refresh')
      .set('X-Tenant-ID', 'sess')
      .set('X-Session', 'cookie')
      .set('Cookie', a.cookie)
      .expect(200);
    expect(res.body.refreshToken).toBeUndefined();
    const next = ([] as string[]).concat(res.headers['set-cookie'] ?? [])[0]!.split(';')[0]!;
    expect(next).not.toBe(a.cookie);
    await me(res.body.accessToken).expect(200);
    // Both schools' cookies in one jar (one host): each school reads its own.
    const other = await browserLogin('sess2');
    await api()
      .post('/api/auth/refresh')
      .set('X-Tenant-ID', 'sess2')
      .set('X-Session', 'cookie')
      .set('Cookie', `${next}; ${other.cookie}`)
      .expect(200);
  });

  it('refuses a cross-site refresh or logout (no session header, or another origin): 403 CSRF_REFUSED, session intact', async () => {
    const a = await browserLogin();
    const attempts = [
      api().post('/api/auth/refresh').set('X-Tenant-ID', 'sess').set('Cookie', a.cookie),
      api().post('/api/auth/logout').set('X-Tenant-ID', 'sess').set('Cookie', a.cookie),
      api()
        .post('/api/auth/refresh')
        .set('X-Tenant-ID', 'sess')
        .set('X-Session', 'cookie')
        .set('Origin', 'https://evil.example')
        .set('Cookie', a.cookie),
      api()
        .post('/api/auth/refresh')
        .set('X-Tenant-ID', 'sess')
        .set('X-Session', 'cookie')
        .set('Sec-Fetch-Site', 'cross-site')
        .set('Cookie', a.cookie),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(403);
      expect(res.body.error).toBe('CSRF_REFUSED');
    }
    await me(a.res.body.accessToken).expect(200);
    // The app itself (same origin) goes through.
    const host = `127.0.0.1`;
    await api()
      .post('/api/auth/refresh')
      .set('Host', host)
      .set('Origin', `http://${host}`)
      .set('X-Tenant-ID', 'sess')
      .set('X-Session', 'cookie')
      .set('Cookie', a.cookie)
      .expect(200);
  });
});

describe('two tabs refreshing at once', () => {
  it('both succeed with one token, and the family stays valid', async () => {
    const s = await t.login('sess');
    const [r1, r2] = await Promise.all([refreshBody(s.refreshToken), refreshBody(s.refreshToken)]);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    expect(r1.body.refreshToken).not.toBe(r2.body.refreshToken);
    await refreshBody(r1.body.refreshToken).expect(200);
    await refreshBody(r2.body.refreshToken).expect(200);
  });

  it('a reuse after the grace still revokes the family', async () => {
    const s = await t.login('sess');
    const next = await refreshBody(s.refreshToken).expect(200);
    await sleep(1_500);
    expect((await refreshBody(s.refreshToken).expect(401)).body.error).toBe('TOKEN_REUSED');
    await refreshBody(next.body.refreshToken).expect(401);
    // Whoever stole the token holds no working access token either: every one of the account ends at once.
    for (const token of [s.accessToken, next.body.accessToken as string])
      expect((await me(token).expect(401)).body.error).toBe('TOKEN_REVOKED');
  });

  it('gives a rotated token one sibling inside the grace, no more: a second replay is reuse', async () => {
    const s = await t.login('sess');
    const owner = await refreshBody(s.refreshToken).expect(200);
    const tab = await refreshBody(s.refreshToken).expect(200);
    expect((await refreshBody(s.refreshToken).expect(401)).body.error).toBe('TOKEN_REUSED');
    // The whole login is signed out: no parallel session was minted.
    await refreshBody(owner.body.refreshToken).expect(401);
    await refreshBody(tab.body.refreshToken).expect(401);
  });
});

describe('security events', () => {
  it('logs sign-ins (failed and successful) and refresh reuse without personal data, and audits sign-ins', async () => {
    const logs = captureLogs('info');
    try {
      await api()
        .post('/api/auth/login')
        .set('X-Tenant-ID', 'sess')
        .send({ email: 'admin@sess.test', password: 'wrong-password-9' })
        .expect(401);
      await api()
        .post('/api/auth/login')
        .set('X-Tenant-ID', 'sess')
        .send({ email: 'ghost@sess.test', password: 'wrong-password-9' })
        .expect(401);
      const s = await t.login('sess');
      await refreshBody(s.refreshToken).expect(200);
      await sleep(1_500);
      await refreshBody(s.refreshToken).expect(401);
    } finally {
      logs.stop();
    }
    const events = logs.lines().filter((l) => l.event === 'security');
    const kinds = events.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'login_failed')).toHaveLength(2);
    expect(kinds).toContain('login_succeeded');
    expect(kinds).toContain('refresh_reused');
    for (const e of events.filter((x) => x.kind === 'login_failed' || x.kind === 'login_succeeded')) {
      expect(e).toMatchObject({ tenantId: schoolId, ip: expect.any(String) });
    }
    expect(logs.text()).not.toMatch(/admin@sess\.test|ghost@sess\.test|Admin sess/);
    const tenant = t.created.find((x) => x.subdomain === 'sess')!;
    const actions = await runForTenant(t.platform.connections, tenant, async () =>
      (await tenantModel(AuditModel).find({ model: 'User' }).lean()).map((a) => a.action),
    );
    expect(actions).toEqual(expect.arrayContaining(['login', 'login_failed']));
  });
});

describe('operator console sessions', () => {
  it('refresh past the access token, and logout ends the access token at once', async () => {
    await t.superAdmin('ops@platform.test');
    const login = await api().post('/api/superadmin/auth/login').send({ email: 'ops@platform.test', password: PASSWORD }).expect(200);
    expect(login.body.refreshToken).toEqual(expect.any(String));
    const next = await api().post('/api/superadmin/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    await api().get('/api/superadmin/auth/me').set(bearer(next.body.accessToken)).expect(200);
    await api().post('/api/superadmin/auth/logout').send({ refreshToken: next.body.refreshToken }).expect(204);
    expect((await api().get('/api/superadmin/auth/me').set(bearer(next.body.accessToken)).expect(401)).body.error).toBe('TOKEN_REVOKED');
    await api().post('/api/superadmin/auth/refresh').send({ refreshToken: next.body.refreshToken }).expect(401);
  });

  it('uses a console cookie scoped to /api/superadmin/auth', async () => {
    await t.superAdmin('ops2@platform.test');
    const login = await api()
      .post('/api/superadmin/auth/login')
      .set('X-Session', 'cookie')
      .send({ email: 'ops2@platform.test', password: PASSWORD })
      .expect(200);
    const setCookie = ([] as string[]).concat(login.headers['set-cookie'] ?? [])[0]!;
    expect(setCookie).toMatch(/^sp_op_rt=.*Path=\/api\/superadmin\/auth/);
    expect(login.body.refreshToken).toBeUndefined();
    const cookie = setCookie.split(';')[0]!;
    await api().post('/api/superadmin/auth/refresh').set('Cookie', cookie).expect(403);
    await api().post('/api/superadmin/auth/refresh').set('X-Session', 'cookie').set('Cookie', cookie).expect(200);
  });
});
