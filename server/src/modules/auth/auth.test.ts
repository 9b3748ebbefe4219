import jwt from 'jsonwebtoken';
import mongoose from 'mongoose';
import request from 'supertest';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { RefreshTokenModel } from '../../auth/refresh-token.schema.js';

let t: TestPlatform;
let schoolId: string;

beforeAll(async () => {
  // A one-second grace for a just-rotated refresh token keeps the reuse test short.
  t = await startTestPlatform({ REFRESH_GRACE_SECONDS: '1' });
  schoolId = (await t.school('north')).id;
  await t.school('south');
});
afterAll(() => t.close());

const api = () => request(t.app);

describe('login', () => {
  it('returns tokens, the user and the school', async () => {
    const res = await api()
      .post('/api/auth/login')
      .set('X-Tenant-ID', 'north')
      .send({ email: 'ADMIN@north.test', password: PASSWORD })
      .expect(200);
    expect(res.body).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      user: { email: 'admin@north.test', role: 'admin' },
      tenant: { subdomain: 'north' },
    });
    expect(res.body.user).not.toHaveProperty('passwordHash');
    const claims = jwt.decode(res.body.accessToken) as jwt.JwtPayload;
    expect(claims).toMatchObject({ tid: schoolId, role: 'admin', aud: 'school' });
  });

  it('answers a wrong email and a wrong password the same way', async () => {
    const wrongEmail = await api()
      .post('/api/auth/login')
      .set('X-Tenant-ID', 'north')
      .send({ email: 'nobody@north.test', password: PASSWORD });
    const wrongPassword = await api()
      .post('/api/auth/login')
      .set('X-Tenant-ID', 'north')
      .send({ email: 'admin@north.test', password: 'wrong-password-1' });
    expect(wrongEmail.status).toBe(401);
    expect(wrongPassword.status).toBe(401);
    expect(wrongEmail.body).toEqual(wrongPassword.body);
    expect(wrongEmail.body.error).toBe('INVALID_CREDENTIALS');
  });

  it("does not let one school's credentials into another school", async () => {
    const res = await api().post('/api/auth/login').set('X-Tenant-ID', 'south').send({ email: 'admin@north.test', password: PASSWORD });
    expect(res.status).toBe(401);
  });

  it('keeps the same email in two schools as two unrelated accounts', async () => {
    const northAdmin = await t.login('north');
    const southAdmin = await t.login('south');
    for (const [school, token, pw] of [
      ['north', northAdmin.accessToken, 'north-password-1'],
      ['south', southAdmin.accessToken, 'south-password-1'],
    ] as const) {
      await t.activeUser(school, token, { name: 'Sam', email: 'sam@shared.test', role: 'teacher' }, pw);
    }
    await t.login('north', 'sam@shared.test', 'north-password-1');
    await t.login('south', 'sam@shared.test', 'south-password-1');
    await expect(t.login('north', 'sam@shared.test', 'south-password-1')).rejects.toThrow(/401/);
  });
});

describe('access tokens', () => {
  const sign = (claims: object, secret: string, opts: jwt.SignOptions = {}) =>
    jwt.sign(claims, secret, { algorithm: 'HS256', audience: 'school', issuer: 'school-platform', expiresIn: 60, ...opts });

  it('rejects a token of another school with 403 TENANT_MISMATCH', async () => {
    const north = await t.login('north');
    const res = await api().get('/api/auth/me').set('X-Tenant-ID', 'south').set(bearer(north.accessToken)).expect(403);
    expect(res.body.error).toBe('TENANT_MISMATCH');
  });

  it('rejects expired, forged, wrong-algorithm and unsigned tokens', async () => {
    const north = await t.login('north');
    const claims = { sub: north.user.id, tid: schoolId, role: 'admin' };
    const expired = sign(claims, t.env.JWT_SECRET!, { expiresIn: -10 });
    const forged = sign(claims, 'an-entirely-different-secret-that-is-long-enough');
    const hs512 = sign(claims, t.env.JWT_SECRET!, { algorithm: 'HS512' });
    const unsigned = jwt.sign(claims, '', { algorithm: 'none', audience: 'school', issuer: 'school-platform' });
    const me = (token: string) => api().get('/api/auth/me').set('X-Tenant-ID', 'north').set(bearer(token));
    expect((await me(expired).expect(401)).body.error).toBe('TOKEN_EXPIRED');
    expect((await me(forged).expect(401)).body.error).toBe('INVALID_TOKEN');
    expect((await me(hs512).expect(401)).body.error).toBe('INVALID_TOKEN');
    const res = await api().get('/api/auth/me').set('X-Tenant-ID', 'north').set('Authorization', `Bearer ${unsigned}`);
    expect(res.status).toBe(401);
    expect((await api().get('/api/auth/me').set('X-Tenant-ID', 'north').expect(401)).body.error).toBe('AUTH_REQUIRED');
  });

  it('rejects a super admin token on school routes, and a school token on super admin routes', async () => {
    const root = await t.superAdmin();
    const north = await t.login('north');
    expect((await api().get('/api/auth/me').set('X-Tenant-ID', 'north').set(bearer(root)).expect(401)).body.error).toBe('INVALID_TOKEN');
    expect((await api().get('/api/superadmin/tenants').set(bearer(north.accessToken)).expect(401)).body.error).toBe('INVALID_TOKEN');
  });

  it('stops working at once for a disabled user, and for a suspended school', async () => {
    const admin = await t.login('north');
    const teacher = await t.userWithRole('north', 'teacher', admin.accessToken);
    await api().get('/api/auth/me').set('X-Tenant-ID', 'north').set(bearer(teacher.accessToken)).expect(200);
    await api()
      .patch(`/api/users/${teacher.user.id}`)
      .set('X-Tenant-ID', 'north')
      .set(bearer(admin.accessToken))
      .send({ status: 'disabled' })
      .expect(200);
    expect((await api().get('/api/auth/me').set('X-Tenant-ID', 'north').set(bearer(teacher.accessToken)).expect(403)).body.error).toBe(
      'USER_DISABLED',
    );
    expect(
      (await api().post('/api/auth/refresh').set('X-Tenant-ID', 'north').send({ refreshToken: teacher.refreshToken }).expect(401)).body
        .error,
    ).toBe('SESSION_REVOKED');

    const temp = await t.school('suspendme');
    const tempAdmin = await t.login('suspendme');
    const root = await t.superAdmin();
    await api().post(`/api/superadmin/tenants/${temp.id}/suspend`).set(bearer(root)).send({ reason: 'unpaid' }).expect(200);
    expect(
      (await api().get('/api/auth/me').set('X-Tenant-ID', 'suspendme').set(bearer(tempAdmin.accessToken)).expect(403)).body.error,
    ).toBe('TENANT_INACTIVE');
    expect(
      (await api().post('/api/auth/refresh').set('X-Tenant-ID', 'suspendme').send({ refreshToken: tempAdmin.refreshToken }).expect(403))
        .body.error,
    ).toBe('TENANT_INACTIVE');
  });
});

describe('refresh tokens', () => {
  it('rotate on every use', async () => {
    const first = await t.login('north');
    const second = await api().post('/api/auth/refresh').set('X-Tenant-ID', 'north').send({ refreshToken: first.refreshToken }).expect(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    await api().get('/api/auth/me').set('X-Tenant-ID', 'north').set(bearer(second.body.accessToken)).expect(200);
    await api().post('/api/auth/refresh').set('X-Tenant-ID', 'north').send({ refreshToken: second.body.refreshToken }).expect(200);
  });

  it('revoke the whole family when a used token comes back', async () => {
    const first = await t.login('north');
    const second = await api().post('/api/auth/refresh').set('X-Tenant-ID', 'north').send({ refreshToken: first.refreshToken }).expect(200);
    await new Promise((r) => setTimeout(r, 1_500)); // past the grace for tabs refreshing at once
    const replay = await api().post('/api/auth/refresh').set('X-Tenant-ID', 'north').send({ refreshToken: first.refreshToken }).expect(401);
    expect(replay.body.error).toBe('TOKEN_REUSED');
    // The legitimate newest token is dead too: the thief and the owner are both signed out.
    await api().post('/api/auth/refresh').set('X-Tenant-ID', 'north').send({ refreshToken: second.body.refreshToken }).expect(401);
  });

  it('let two concurrent refreshes both succeed (two tabs), each with its own successor', async () => {
    const first = await t.login('north');
    const results = await Promise.all(
      [1, 2].map(() => api().post('/api/auth/refresh').set('X-Tenant-ID', 'north').send({ refreshToken: first.refreshToken })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(new Set(results.map((r) => r.body.refreshToken)).size).toBe(2);
  });

  it('are useless in another school', async () => {
    const north = await t.login('north');
    const res = await api().post('/api/auth/refresh').set('X-Tenant-ID', 'south').send({ refreshToken: north.refreshToken }).expect(401);
    expect(res.body.error).toBe('INVALID_REFRESH_TOKEN');
    // ...and the attempt did not burn the token in its own school.
    await api().post('/api/auth/refresh').set('X-Tenant-ID', 'north').send({ refreshToken: north.refreshToken }).expect(200);
  });

  it('end with logout', async () => {
    const s = await t.login('north');
    await api().post('/api/auth/logout').set('X-Tenant-ID', 'north').send({ refreshToken: s.refreshToken }).expect(204);
    await api().post('/api/auth/refresh').set('X-Tenant-ID', 'north').send({ refreshToken: s.refreshToken }).expect(401);
  });

  it('have an absolute expiry, and expired ones are purged at the next login (no TTL index)', async () => {
    const s = await t.login('north');
    const tenant = t.created.find((x) => x.subdomain === 'north')!;
    await runForTenant(t.platform.connections, tenant, async () => {
      await tenantModel(RefreshTokenModel).updateMany({ userId: s.user.id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    });
    expect(
      (await api().post('/api/auth/refresh').set('X-Tenant-ID', 'north').send({ refreshToken: s.refreshToken }).expect(401)).body.error,
    ).toBe('INVALID_REFRESH_TOKEN');
    await t.login('north');
    const left = await runForTenant(t.platform.connections, tenant, () =>
      tenantModel(RefreshTokenModel).countDocuments({ userId: s.user.id, expiresAt: mongoose.trusted({ $lt: new Date() }) }),
    );
    expect(left).toBe(0);
  });
});
