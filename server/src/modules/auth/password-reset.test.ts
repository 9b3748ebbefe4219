import { Types } from 'mongoose';
import request from 'supertest';
import { decryptSecret } from '../../lib/crypto.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { OutboxModel } from '../messages/outbox.schema.js';
import { InvitationModel } from '../users/invitation.js';
import { captureLogs } from '../../../test/log-capture.js';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { FORGOT_FLOOR_MS } from './password-reset.service.js';

const NEW_PASSWORD = 'a-brand-new-password';
let t: TestPlatform;
let school: TenantRecord;
let other: TenantRecord;
let admin: string;

beforeAll(async () => {
  t = await startTestPlatform();
  school = await t.school('resetting');
  other = await t.school('otherreset');
  admin = (await t.login('resetting')).accessToken;
});
afterAll(() => t.close());

const inSchool = <R>(tenant: TenantRecord, fn: () => Promise<R>) => runForTenant(t.platform.connections, tenant, fn);
const forgot = (email: string, sub = 'resetting') =>
  request(t.app).post('/api/auth/forgot-password').set('X-Tenant-ID', sub).send({ email });
const reset = (token: string, password = NEW_PASSWORD, sub = 'resetting') =>
  request(t.app).post('/api/auth/reset-password').set('X-Tenant-ID', sub).send({ token, password });
const signIn = (email: string, password: string, sub = 'resetting') =>
  request(t.app).post('/api/auth/login').set('X-Tenant-ID', sub).send({ email, password });

async function resetMails(email: string, tenant = school) {
  const rows = await inSchool(tenant, () =>
    tenantModel(OutboxModel).find({ kind: 'password_reset', to: email }).sort({ createdAt: 1 }).lean(),
  );
  return rows.map((r) => ({ ...r, link: decryptSecret(r.secret!, t.platform.config.encryptionKey) }));
}
const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('token') ?? '';

async function user(email: string, extra: { status?: 'disabled' } = {}) {
  const u = await t.activeUser('resetting', admin, { name: 'Pat Reset', email, role: 'teacher' });
  if (extra.status) await t.as('resetting', admin).patch(`/api/users/${u.id}`, { status: extra.status }).expect(200);
  return u.id as string;
}

/** Asks for a reset and returns the token its email carries. */
async function resetToken(email: string): Promise<string> {
  await forgot(email).expect(202);
  const mails = await resetMails(email);
  return tokenOf(mails.at(-1)!.link);
}

describe('forgot password', () => {
  it('answers the same, no sooner than the floor, for an active, unknown, invited or disabled address; only the active one is mailed', async () => {
    await user('active@resetting.test');
    await user('disabled@resetting.test', { status: 'disabled' });
    await t
      .as('resetting', admin)
      .post('/api/guardians', { firstName: 'In', lastName: 'Vited', account: { email: 'invited@resetting.test' } })
      .expect(201);

    const cases = ['active@resetting.test', 'nobody@resetting.test', 'invited@resetting.test', 'disabled@resetting.test'];
    const answers = [];
    for (const email of cases) {
      const started = Date.now();
      const res = await forgot(email);
      answers.push({ status: res.status, body: res.body, ms: Date.now() - started });
    }
    for (const a of answers) {
      expect(a.status).toBe(202);
      expect(a.body).toEqual(answers[0]!.body);
      // Mailing a known address takes ~20 ms more work than an unknown one (measured): the floor must hide it.
      expect(a.ms).toBeGreaterThanOrEqual(Math.max(FORGOT_FLOOR_MS, 200) - 5);
    }
    expect(answers[0]!.body.message).toMatch(/If an account/);
    expect(await resetMails('active@resetting.test')).toHaveLength(1);
    for (const email of cases.slice(1)) expect(await resetMails(email)).toEqual([]);

    const [mail] = await resetMails('active@resetting.test');
    expect(mail).toMatchObject({
      kind: 'password_reset',
      category: 'account',
      channel: 'email',
      state: 'queued',
      vars: { name: 'Pat Reset' },
    });
    expect(mail!.key).toMatch(/^reset:[0-9a-f]{24}$/);
    expect(mail!.link).toMatch(/^\/reset-password\?school=resetting&token=[\w-]{43}$/);
    expect(Date.parse((mail!.vars as { expiresAt: string }).expiresAt) - Date.now()).toBeLessThanOrEqual(3_600_000);
  });

  it('mails a victim once for a burst of simultaneous requests (the one-a-minute limit holds under concurrency)', async () => {
    await user('burst@resetting.test');
    const answers = await Promise.all(Array.from({ length: 12 }, () => forgot('burst@resetting.test')));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(202));
    const mails = await resetMails('burst@resetting.test');
    expect(mails.map((m) => m.state)).toEqual(['queued']);
    // The one link mailed is the one that works.
    await reset(tokenOf(mails[0]!.link)).expect(204);
  });

  it('sends nothing to a staff member who has left (they cannot sign in)', async () => {
    const a = t.as('resetting', admin);
    const staff = (
      await a.post('/api/teachers', { firstName: 'Lee', lastName: 'Left', account: { email: 'left@resetting.test' } }).expect(201)
    ).body;
    await request(t.app)
      .post('/api/auth/accept-invitation')
      .set('X-Tenant-ID', 'resetting')
      .send({ token: tokenOf(staff.invitation.url), password: PASSWORD })
      .expect(204);
    await forgot('left@resetting.test').expect(202);
    expect(await resetMails('left@resetting.test')).toHaveLength(1);
    await a.patch(`/api/teachers/${staff.id}`, { status: 'left' }).expect(200);
    await inSchool(school, () =>
      tenantModel(InvitationModel).collection.updateMany({}, { $set: { createdAt: new Date(Date.now() - 120_000) } }),
    );
    await forgot('left@resetting.test').expect(202);
    expect(await resetMails('left@resetting.test')).toHaveLength(1);
  });

  it('refuses a malformed address with 400 naming the field', async () => {
    const res = await forgot('not-an-email').expect(400);
    expect(JSON.stringify(res.body.details)).toContain('email');
  });

  it('logs the request and the reset as security events, with ids only', async () => {
    const id = await user('logged@resetting.test');
    const logs = captureLogs('info');
    try {
      const token = await resetToken('logged@resetting.test');
      await reset(token).expect(204);
    } finally {
      logs.stop();
    }
    const kinds = logs
      .lines()
      .filter((l) => l.event === 'security')
      .map((l) => [l.kind, l.userId]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['password_reset_requested', id],
        ['password_reset_completed', id],
      ]),
    );
    expect(logs.text()).not.toContain('logged@resetting.test');
  });
});

describe('reset password', () => {
  it('sets the password once, ends every session and tells the holder', async () => {
    const id = await user('once@resetting.test');
    const session = (await signIn('once@resetting.test', PASSWORD).expect(200)).body;
    const token = await resetToken('once@resetting.test');

    await reset(token).expect(204);
    await signIn('once@resetting.test', NEW_PASSWORD).expect(200);
    await signIn('once@resetting.test', PASSWORD).expect(401);
    // The session that existed before the reset is over: its access token and its refresh token.
    await request(t.app).get('/api/auth/me').set('X-Tenant-ID', 'resetting').set(bearer(session.accessToken)).expect(401);
    await request(t.app).post('/api/auth/refresh').set('X-Tenant-ID', 'resetting').send({ refreshToken: session.refreshToken }).expect(401);

    const again = await reset(token, 'yet-another-password').expect(400);
    expect(again.body).toMatchObject({ error: 'INVALID_RESET_TOKEN' });
    await signIn('once@resetting.test', NEW_PASSWORD).expect(200);

    const notices = await inSchool(school, () =>
      tenantModel(OutboxModel)
        .find({ kind: 'account_change', userId: new Types.ObjectId(id) })
        .lean(),
    );
    expect(notices).toHaveLength(1);
  });

  it('refuses an expired token, and changes nothing', async () => {
    await user('expired@resetting.test');
    const token = await resetToken('expired@resetting.test');
    await inSchool(school, () =>
      tenantModel(InvitationModel).updateMany({ purpose: 'reset' }, { $set: { expiresAt: new Date(Date.now() - 1) } }),
    );
    expect((await reset(token).expect(400)).body.error).toBe('INVALID_RESET_TOKEN');
    await signIn('expired@resetting.test', PASSWORD).expect(200);
  });

  it("refuses another school's token, and changes nothing in either school", async () => {
    await user('twin@resetting.test');
    await t.activeUser('otherreset', (await t.login('otherreset')).accessToken, {
      name: 'Twin',
      email: 'twin@resetting.test',
      role: 'teacher',
    });
    const token = await resetToken('twin@resetting.test');
    expect((await reset(token, NEW_PASSWORD, 'otherreset').expect(400)).body.error).toBe('INVALID_RESET_TOKEN');
    await signIn('twin@resetting.test', PASSWORD, 'otherreset').expect(200);
    await signIn('twin@resetting.test', PASSWORD).expect(200);
    expect(await resetMails('twin@resetting.test', other)).toEqual([]);
  });

  it('kills an older link when a new one is asked for (after the one-a-minute limit), and after a password change', async () => {
    await user('newer@resetting.test');
    const first = await resetToken('newer@resetting.test');
    // Within the minute a second request sends nothing more.
    await forgot('newer@resetting.test').expect(202);
    expect(await resetMails('newer@resetting.test')).toHaveLength(1);
    await inSchool(school, () =>
      tenantModel(InvitationModel).collection.updateMany({ purpose: 'reset' }, { $set: { createdAt: new Date(Date.now() - 120_000) } }),
    );
    const second = await resetToken('newer@resetting.test');
    expect(second).not.toBe(first);
    expect((await resetMails('newer@resetting.test')).map((m) => m.state)).toEqual(['cancelled', 'queued']);
    expect((await reset(first).expect(400)).body.error).toBe('INVALID_RESET_TOKEN');

    // The holder changes the password another way: the outstanding link dies with the old sign-in details.
    const s = await t.login('resetting', 'newer@resetting.test');
    await t.as('resetting', s.accessToken).patch('/api/auth/me', { currentPassword: PASSWORD, password: NEW_PASSWORD }).expect(200);
    expect((await reset(second, 'third-password-here').expect(400)).body.error).toBe('INVALID_RESET_TOKEN');
    await signIn('newer@resetting.test', NEW_PASSWORD).expect(200);
  });

  it('keeps reset links and invitation links apart', async () => {
    const guardian = (
      await t
        .as('resetting', admin)
        .post('/api/guardians', { firstName: 'Ina', lastName: 'V', account: { email: 'ina@resetting.test' } })
        .expect(201)
    ).body;
    // Even once the account is active (an admin turned it on), its invitation link does not reset a password.
    await t.as('resetting', admin).patch(`/api/users/${guardian.userId}`, { status: 'active' }).expect(200);
    expect((await reset(tokenOf(guardian.invitation.url)).expect(400)).body.error).toBe('INVALID_RESET_TOKEN');
    await user('apart@resetting.test');
    const token = await resetToken('apart@resetting.test');
    await request(t.app)
      .post('/api/auth/accept-invitation')
      .set('X-Tenant-ID', 'resetting')
      .send({ token, password: NEW_PASSWORD })
      .expect(400);
    await signIn('apart@resetting.test', PASSWORD).expect(200);
  });

  it('applies the password rules (400 naming the field) without using the token up', async () => {
    await user('rules@resetting.test');
    const token = await resetToken('rules@resetting.test');
    const res = await reset(token, 'short').expect(400);
    expect(JSON.stringify(res.body.details)).toContain('password');
    await reset(token).expect(204);
  });
});

describe('sign-in limits on the reset routes', () => {
  let limited: TestPlatform;
  beforeAll(async () => {
    limited = await startTestPlatform({
      RATE_LIMIT_ENABLED: 'true',
      TRUST_PROXY: '1',
      LOGIN_LIMIT_PER_ACCOUNT: '3',
      LOGIN_LIMIT_PER_IP: '5',
    });
    await limited.school('rlreset');
  });
  afterAll(() => limited.close());
  const from = (ip: string) => ({
    post: (url: string, body: object) => request(limited.app).post(url).set('X-Forwarded-For', ip).set('X-Tenant-ID', 'rlreset').send(body),
  });

  it('counts wrong reset tokens as failed sign-ins of the address; reset requests, always accepted, do not count', async () => {
    const guesser = from('203.0.113.50');
    for (let i = 0; i < 5; i++)
      expect(
        (await guesser.post('/api/auth/reset-password', { token: `guess-${i}-guess-guess-guess`, password: NEW_PASSWORD })).body.error,
      ).toBe('INVALID_RESET_TOKEN');
    expect((await guesser.post('/api/auth/reset-password', { token: 'guess-6-guess-guess-guess', password: NEW_PASSWORD })).status).toBe(
      429,
    );

    const forgetful = from('203.0.113.51');
    for (let i = 0; i < 7; i++) await forgetful.post('/api/auth/forgot-password', { email: 'admin@rlreset.test' }).expect(202);
  });
});
