import { Types } from 'mongoose';
import request from 'supertest';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { NotificationModel } from '../notifications/notification.schema.js';
import { OutboxModel } from '../messages/outbox.schema.js';

let t: TestPlatform;
let admin: string;

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('acct');
  admin = (await t.login('acct')).accessToken;
});
afterAll(() => t.close());

const api = () => request(t.app);
const me = (token: string) => api().get('/api/auth/me').set('X-Tenant-ID', 'acct').set(bearer(token));
const refresh = (token: string) => api().post('/api/auth/refresh').set('X-Tenant-ID', 'acct').send({ refreshToken: token });
const changeOwn = (token: string, body: object) => api().patch('/api/auth/me').set('X-Tenant-ID', 'acct').set(bearer(token)).send(body);

async function notices(userId: string) {
  const tenant = t.created.find((x) => x.subdomain === 'acct')!;
  return runForTenant(t.platform.connections, tenant, () => tenantModel(NotificationModel).find({ userId, kind: 'account' }).lean());
}

/** The sign-in change emails queued in the outbox for an account. */
async function noticeMails(userId: string) {
  const tenant = t.created.find((x) => x.subdomain === 'acct')!;
  return runForTenant(t.platform.connections, tenant, () =>
    tenantModel(OutboxModel)
      .find({ userId: new Types.ObjectId(userId), kind: 'account_change' })
      .lean(),
  );
}

describe('an admin changing another account', () => {
  it.each([
    ['resets the password', { password: 'a-brand-new-password' }],
    ['changes the email', { email: 'moved@acct.test' }],
  ])('%s: that user is signed out everywhere at once, and notified', async (_name, change) => {
    const u = await t.userWithRole('acct', 'teacher', admin);
    const email = (await me(u.accessToken).expect(200)).body.user.email as string;
    const second = await t.login('acct', email);
    await t.as('acct', admin).patch(`/api/users/${u.user.id}`, change).expect(200);
    for (const s of [u, second]) {
      expect((await me(s.accessToken).expect(401)).body.error).toBe('TOKEN_REVOKED');
      await refresh(s.refreshToken).expect(401);
    }
    expect(await notices(u.user.id)).toHaveLength(1);
    // By email through the outbox; at the address they had, even when the admin changed it.
    const mails = await noticeMails(u.user.id);
    expect(mails.map((m) => m.to)).toContain(email);
    expect(mails.every((m) => m.state === 'queued')).toBe(true);
  });

  it('refuses an admin changing their own email or password there (no current password): 409', async () => {
    const self = (await me(admin).expect(200)).body.user.id as string;
    const res = await t.as('acct', admin).patch(`/api/users/${self}`, { password: 'another-password-1' }).expect(409);
    expect(res.body.error).toBe('USE_ACCOUNT_SETTINGS');
    await t.login('acct');
  });
});

describe('changing your own account (PATCH /api/auth/me)', () => {
  it('needs the current password; nothing changes without it', async () => {
    const u = await t.userWithRole('acct', 'student', admin);
    const wrong = await changeOwn(u.accessToken, { currentPassword: 'not-my-password', password: 'hijacked-password-1' }).expect(403);
    expect(wrong.body).toMatchObject({ error: 'WRONG_PASSWORD', details: [{ path: 'currentPassword' }] });
    const missing = await changeOwn(u.accessToken, { password: 'hijacked-password-1' }).expect(400);
    expect(JSON.stringify(missing.body.details)).toContain('currentPassword');
    await me(u.accessToken).expect(200);
    const email = (await me(u.accessToken)).body.user.email as string;
    await t.login('acct', email, PASSWORD);
  });

  it('changes password and email, keeps this login, ends the others, and notifies', async () => {
    const u = await t.userWithRole('acct', 'parent', admin);
    const email = (await me(u.accessToken)).body.user.email as string;
    const other = await t.login('acct', email);
    const res = await changeOwn(u.accessToken, {
      currentPassword: PASSWORD,
      password: 'my-new-password-22',
      email: 'new-me@acct.test',
    }).expect(200);
    expect(res.body.user.email).toBe('new-me@acct.test');
    await me(res.body.accessToken).expect(200);
    expect((await me(u.accessToken).expect(401)).body.error).toBe('TOKEN_REVOKED');
    await refresh(u.refreshToken).expect(200); // this login continues
    await refresh(other.refreshToken).expect(401); // the other one ended
    await expect(t.login('acct', email, PASSWORD)).rejects.toThrow(/401/);
    await t.login('acct', 'new-me@acct.test', 'my-new-password-22');
    expect(await notices(u.user.id)).toHaveLength(1);
    expect((await noticeMails(u.user.id)).map((m) => m.to).sort()).toEqual(['new-me@acct.test', email].sort());
  });
});

describe("passwords and bcrypt's 72 bytes", () => {
  // 'é' is one character and two UTF-8 bytes: 40 of them are 40 characters but 80 bytes.
  const tooLong = 'é'.repeat(40);
  const fits = 'é'.repeat(36);

  it('refuses a password over 72 UTF-8 bytes, naming the field, and writes nothing', async () => {
    const invited = (await t.as('acct', admin).post('/api/users', { name: 'Long', email: 'long@acct.test', role: 'teacher' }).expect(201))
      .body;
    const token = new URL(invited.invitationUrl as string, 'http://x').searchParams.get('token');
    const res = await request(t.app).post('/api/auth/accept-invitation').set('X-Tenant-ID', 'acct').send({ token, password: tooLong });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('VALIDATION_ERROR');
    expect(JSON.stringify(res.body.details)).toMatch(/password.*72 bytes/);
    expect((await t.as('acct', admin).get('/api/users?search=long').expect(200)).body.data[0].status).toBe('invited');
    const u = await t.userWithRole('acct', 'staff', admin);
    await changeOwn(u.accessToken, { currentPassword: PASSWORD, password: tooLong }).expect(400);
  });

  it('accepts exactly 72 bytes, and a longer password that starts the same does not sign in', async () => {
    await t.activeUser('acct', admin, { name: 'Fits', email: 'fits@acct.test', role: 'teacher' }, fits);
    await t.login('acct', 'fits@acct.test', fits);
    await expect(t.login('acct', 'fits@acct.test', `${fits}-and-more`)).rejects.toThrow(/401/);
  });
});
