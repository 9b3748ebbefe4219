import { Types } from 'mongoose';
import request from 'supertest';
import { decryptSecret } from '../../lib/crypto.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { OutboxModel } from '../messages/outbox.schema.js';
import { PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { toTenantRecord } from '../../tenancy/tenant.schema.js';
import { InvitationModel } from './invitation.js';

let t: TestPlatform;
let school: TenantRecord;
let admin: string;

beforeAll(async () => {
  t = await startTestPlatform();
  school = await t.school('inviting');
  await t.school('othersch');
  admin = (await t.login('inviting')).accessToken;
});
afterAll(() => t.close());

const a = () => t.as('inviting', admin);

/** The outbox rows of a school, oldest first, with their sealed link opened. */
async function outbox(tenant: TenantRecord = school, filter: Record<string, unknown> = {}) {
  const rows = await runForTenant(t.platform.connections, tenant, () =>
    tenantModel(OutboxModel).find(filter).sort({ createdAt: 1 }).lean(),
  );
  return rows.map((r) => ({ ...r, link: r.secret ? decryptSecret(r.secret, t.platform.config.encryptionKey) : undefined }));
}
const tokenOf = (link: string | undefined) => new URL(link ?? '', 'http://x').searchParams.get('token') ?? '';
const accept = (token: string, school = 'inviting') =>
  request(t.app).post('/api/auth/accept-invitation').set('X-Tenant-ID', school).send({ token, password: PASSWORD });

async function invitedGuardian(email: string) {
  const res = await a().post('/api/guardians', { firstName: 'Gina', lastName: 'Guardian', account: { email } }).expect(201);
  return { userId: res.body.userId as string, url: res.body.invitation.url as string };
}

describe('invitations through the outbox', () => {
  it('queues exactly one invitation email whose sealed link is the one handed back, and following it activates the account', async () => {
    const { userId, url } = await invitedGuardian('gina@inviting.test');
    const mails = await outbox(school, { userId: new Types.ObjectId(userId) });
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail).toMatchObject({ kind: 'invitation', category: 'account', channel: 'email', to: 'gina@inviting.test', state: 'queued' });
    expect(mail!.toName).toBe('Gina Guardian');
    expect(mail!.vars).toMatchObject({ name: 'Gina Guardian', role: 'parent' });
    expect(mail!.key).toMatch(/^invitation:[0-9a-f]{24}$/);
    expect(mail!.link).toBe(url);
    expect(mail!.link).toMatch(/^\/accept-invitation\?school=inviting&token=[\w-]{43}$/);
    // The link is never stored in the clear.
    expect(JSON.stringify(mail!.vars) + mail!.secret).not.toContain(tokenOf(url));
    // The platform queue knows the school has work.
    expect(await t.platform.db.MessageQueue.exists({ _id: school.id })).toBeTruthy();

    const before = (await a().get(`/api/users/${userId}`).expect(200)).body;
    expect(before).toMatchObject({ status: 'invited', invitation: { state: 'invited', delivery: 'queued' } });
    expect(Date.parse(before.invitation.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

    await accept(tokenOf(mail!.link)).expect(204);
    await t.login('inviting', 'gina@inviting.test');
    const after = (await a().get(`/api/users/${userId}`).expect(200)).body;
    expect(after).toMatchObject({ status: 'active', invitation: { state: 'accepted' } });
    expect((await accept(tokenOf(mail!.link)).expect(400)).body.error).toBe('INVALID_INVITATION');
  });

  it('queues the invitation of an account added to an existing person, and lists invitation states', async () => {
    const staff = (await a().post('/api/teachers', { firstName: 'Tom', lastName: 'Teach' }).expect(201)).body;
    const inv = (await a().post(`/api/teachers/${staff.id}/account`, { email: 'tom@inviting.test' }).expect(201)).body;
    const [mail] = await outbox(school, { to: 'tom@inviting.test' });
    expect(mail).toMatchObject({ kind: 'invitation', state: 'queued', vars: { role: 'teacher' } });
    expect(mail!.link).toBe(inv.url);
    const list = (await a().get('/api/users?status=invited&search=tom').expect(200)).body;
    expect(list.data).toEqual([
      expect.objectContaining({ email: 'tom@inviting.test', invitation: expect.objectContaining({ state: 'invited' }) }),
    ]);
    // Accounts made with a password have no invitation.
    const me = (await a().get('/api/users?role=admin').expect(200)).body.data[0];
    expect(me.invitation).toBeUndefined();
  });

  it('invites a user created without a password', async () => {
    const res = await a().post('/api/users', { name: 'Nia New', email: 'nia@inviting.test', role: 'teacher' }).expect(201);
    expect(res.body).toMatchObject({ status: 'invited', invitation: { state: 'invited', delivery: 'queued' } });
    const [mail] = await outbox(school, { to: 'nia@inviting.test' });
    expect(mail).toMatchObject({ kind: 'invitation', state: 'queued', vars: { name: 'Nia New', role: 'teacher' } });
    expect(mail!.link).toBe(res.body.invitationUrl);
    await accept(tokenOf(mail!.link)).expect(204);
    await t.login('inviting', 'nia@inviting.test');
  });

  it('resend: a new link and a new email; the old link dies and its unsent email is cancelled', async () => {
    const { userId, url: oldUrl } = await invitedGuardian('rita@inviting.test');
    const resent = (await a().post(`/api/users/${userId}/invitation/resend`).expect(200)).body;
    expect(resent.url).not.toBe(oldUrl);
    const mails = await outbox(school, { to: 'rita@inviting.test' });
    expect(mails.map((m) => m.state)).toEqual(['cancelled', 'queued']);
    expect(mails[1]!.link).toBe(resent.url);
    expect((await accept(tokenOf(oldUrl)).expect(400)).body.error).toBe('INVALID_INVITATION');
    await accept(tokenOf(mails[1]!.link)).expect(204);
    // An accepted invitation is not resent.
    expect((await a().post(`/api/users/${userId}/invitation/resend`).expect(409)).body.error).toBe('NOT_INVITED');
  });

  it('revoke: the account is disabled, the link dies, the queued email is cancelled; a resend reopens it', async () => {
    const { userId, url } = await invitedGuardian('rex@inviting.test');
    await a().post(`/api/users/${userId}/invitation/revoke`).expect(204);
    const [mail] = await outbox(school, { to: 'rex@inviting.test' });
    expect(mail!.state).toBe('cancelled');
    expect((await accept(tokenOf(url)).expect(400)).body.error).toBe('INVALID_INVITATION');
    const user = (await a().get(`/api/users/${userId}`).expect(200)).body;
    expect(user).toMatchObject({ status: 'disabled', invitation: { state: 'revoked', delivery: 'cancelled' } });
    expect((await a().post(`/api/users/${userId}/invitation/revoke`).expect(409)).body.error).toBe('NOT_INVITED');

    const reopened = (await a().post(`/api/users/${userId}/invitation/resend`).expect(200)).body;
    expect((await a().get(`/api/users/${userId}`).expect(200)).body).toMatchObject({ status: 'invited', invitation: { state: 'invited' } });
    await accept(tokenOf(reopened.url)).expect(204);
  });

  it('shows an expired invitation as expired; its link is refused; a resend gives a working one', async () => {
    const { userId, url } = await invitedGuardian('old@inviting.test');
    await runForTenant(t.platform.connections, school, () =>
      tenantModel(InvitationModel).updateMany({ userId }, { $set: { expiresAt: new Date(Date.now() - 1000) } }),
    );
    expect((await a().get(`/api/users/${userId}`).expect(200)).body.invitation.state).toBe('expired');
    expect((await accept(tokenOf(url)).expect(400)).body.error).toBe('INVALID_INVITATION');
    const resent = (await a().post(`/api/users/${userId}/invitation/resend`).expect(200)).body;
    await accept(tokenOf(resent.url)).expect(204);
  });

  it('re-invites an invited account at its new address when an admin corrects it; the old link and its email are withdrawn', async () => {
    const { userId, url } = await invitedGuardian('typo@inviting.tset');
    await a().patch(`/api/users/${userId}`, { email: 'fixed@inviting.test' }).expect(200);
    expect((await outbox(school, { to: 'typo@inviting.tset' })).map((m) => m.state)).toEqual(['cancelled']);
    const [mail] = await outbox(school, { to: 'fixed@inviting.test' });
    expect(mail).toMatchObject({ kind: 'invitation', state: 'queued' });
    expect(await outbox(school, { kind: 'account_change', userId: new Types.ObjectId(userId) })).toEqual([]);
    expect((await accept(tokenOf(url)).expect(400)).body.error).toBe('INVALID_INVITATION');
    await accept(tokenOf(mail!.link)).expect(204);
    await t.login('inviting', 'fixed@inviting.test');
  });

  it('withdraws the unsent invitation email of an account that is disabled or deleted', async () => {
    const disabled = await invitedGuardian('dis@inviting.test');
    await a().patch(`/api/users/${disabled.userId}`, { status: 'disabled' }).expect(200);
    expect((await outbox(school, { to: 'dis@inviting.test' })).map((m) => m.state)).toEqual(['cancelled']);
    const deleted = await invitedGuardian('del@inviting.test');
    await a().delete(`/api/users/${deleted.userId}`).expect(204);
    expect((await outbox(school, { to: 'del@inviting.test' })).map((m) => m.state)).toEqual(['cancelled']);
  });

  it('withdraws the invitation when the person it came with cannot be saved', async () => {
    await a().post('/api/teachers', { firstName: 'A', lastName: 'One', employeeNumber: 'EMP-DUP' }).expect(201);
    const res = await a()
      .post('/api/teachers', { firstName: 'B', lastName: 'Two', employeeNumber: 'EMP-DUP', account: { email: 'dup@inviting.test' } })
      .expect(409);
    expect(res.body.error).toBe('EMPLOYEE_NUMBER_EXISTS');
    expect((await outbox(school, { to: 'dup@inviting.test' })).map((m) => m.state)).toEqual(['cancelled']);
    expect((await a().get('/api/users?search=dup@inviting').expect(200)).body.total).toBe(0);
  });

  it('leaves resend and revoke to admins, and a link to its own school', async () => {
    const { userId, url } = await invitedGuardian('iso@inviting.test');
    const teacher = await t.userWithRole('inviting', 'teacher', admin);
    await t.as('inviting', teacher.accessToken).post(`/api/users/${userId}/invitation/revoke`).expect(403);
    const other = (await t.login('othersch')).accessToken;
    await t.as('othersch', other).post(`/api/users/${userId}/invitation/resend`).expect(404);
    expect((await accept(tokenOf(url), 'othersch').expect(400)).body.error).toBe('INVALID_INVITATION');
    expect((await a().get(`/api/users/${userId}`).expect(200)).body.invitation.state).toBe('invited');
  });
});

describe('names that end up in mail headers', () => {
  it.each([
    ['/api/users', { name: 'Eve\r\nBcc: all@evil.test', email: 'eve@inviting.test', role: 'teacher' }, 'name'],
    ['/api/guardians', { firstName: 'Eve\nBcc: all@evil.test', lastName: 'X', account: { email: 'eve2@inviting.test' } }, 'firstName'],
    ['/api/teachers', { firstName: 'Eve', lastName: 'X\r\nSubject: hi', account: { email: 'eve3@inviting.test' } }, 'lastName'],
    ['/api/students', { firstName: 'Eve\u0000', lastName: 'X', account: { email: 'eve4@inviting.test' } }, 'firstName'],
  ])('refuses a line break in a name at %s (400 naming the field, nothing written)', async (path, body, field) => {
    const res = await a().post(path, body).expect(400);
    expect(JSON.stringify(res.body.details)).toContain(field);
    const sent = body as { email?: string; account?: { email: string } };
    expect(await outbox(school, { to: sent.account?.email ?? sent.email })).toEqual([]);
  });

  it('refuses a line break in a renamed user', async () => {
    const u = (await a().post('/api/users', { name: 'Ok', email: 'ok@inviting.test', role: 'staff' }).expect(201)).body;
    const res = await a().patch(`/api/users/${u.id}`, { name: 'Ok\r\nBcc: x@evil.test' }).expect(400);
    expect(JSON.stringify(res.body.details)).toContain('name');
  });
});

describe('sign-in change notices', () => {
  it('mails the new and the previous address through the outbox when an admin changes an email', async () => {
    const u = await t.activeUser('inviting', admin, { name: 'Mo Ved', email: 'mo@inviting.test', role: 'staff' });
    await a().patch(`/api/users/${u.id}`, { email: 'mo.new@inviting.test' }).expect(200);
    const mails = await outbox(school, { kind: 'account_change', userId: new Types.ObjectId(u.id) });
    expect(mails.map((m) => m.to).sort()).toEqual(['mo.new@inviting.test', 'mo@inviting.test']);
    expect(mails.every((m) => m.state === 'queued' && m.category === 'account')).toBe(true);
    expect(mails.map((m) => m.key.split(':').at(-1)).sort()).toEqual(['current', 'previous']);
    expect(mails[0]!.vars).toMatchObject({ title: 'Your sign-in details were changed' });
    expect(String((mails[0]!.vars as { body: string }).body)).toContain('email');
  });

  it('mails the holder when they change their own password', async () => {
    const u = await t.userWithRole('inviting', 'parent', admin);
    await t
      .as('inviting', u.accessToken)
      .patch('/api/auth/me', { currentPassword: PASSWORD, password: 'another-long-password' })
      .expect(200);
    const mails = await outbox(school, { kind: 'account_change', userId: new Types.ObjectId(u.user.id) });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.key).toMatch(/:current$/);
  });
});

describe('welcome to a new school', () => {
  const newSchool = (subdomain: string, admin: Record<string, string>) => ({
    name: `School ${subdomain}`,
    subdomain,
    admin: { name: 'First Admin', email: `first@${subdomain}.test`, ...admin },
  });

  it('welcomes the first admin of a school created with a password, or invites one created without', async () => {
    const root = await t.superAdmin();
    const sa = (path: string, body: object) => request(t.app).post(path).set('Authorization', `Bearer ${root}`).send(body);
    const withPw = (await sa('/api/superadmin/tenants', newSchool('welcomed', { password: PASSWORD })).expect(201)).body;
    const withoutPw = (await sa('/api/superadmin/tenants', newSchool('invitedsch', {})).expect(201)).body;
    const record = async (id: string) => {
      const rec = toTenantRecord((await t.platform.db.Tenant.findById(id).select('+databaseConfig.connectionString').lean())!);
      t.created.push(rec);
      return rec;
    };

    const [welcome] = await outbox(await record(withPw.id));
    expect(welcome).toMatchObject({ kind: 'welcome', to: 'first@welcomed.test', state: 'queued', vars: { name: 'First Admin' } });
    expect(welcome!.key).toBe(`welcome:${String(welcome!.userId)}`);
    expect(welcome!.secret).toBeUndefined();
    await t.login('welcomed', 'first@welcomed.test');

    const [invitation] = await outbox(await record(withoutPw.id));
    expect(invitation).toMatchObject({ kind: 'invitation', to: 'first@invitedsch.test', state: 'queued', vars: { role: 'admin' } });
    expect(withoutPw.adminInvitationUrl).toBe(invitation!.link);
    expect(withPw.adminInvitationUrl).toBeUndefined();
    await accept(tokenOf(invitation!.link), 'invitedsch').expect(204);
    await t.login('invitedsch', 'first@invitedsch.test');
  });

  it('refuses a line break in the first admin name', async () => {
    const root = await t.superAdmin();
    const res = await request(t.app)
      .post('/api/superadmin/tenants')
      .set('Authorization', `Bearer ${root}`)
      .send(newSchool('badname', { name: 'A\r\nBcc: x@evil.test', password: PASSWORD }))
      .expect(400);
    expect(JSON.stringify(res.body.details)).toContain('name');
    expect(await t.platform.db.Tenant.exists({ subdomain: 'badname' })).toBeNull();
  });
});
