import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { OutboxModel } from '../messages/outbox.schema.js';

let t: TestPlatform;
let admin: string;
let teacher: string;
let parent: string;
let classA: string;
let classB: string;
let sectionA: string;
let kid: string;

/** The school's outbox: what would leave it, by email or SMS. */
const outbox = (filter: Record<string, unknown> = {}) =>
  runForTenant(t.platform.connections, t.created[0]!, () => tenantModel(OutboxModel).find(filter).lean());

const as = (token: string, school = 'comm') => t.as(school, token);

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('comm', { features: { parentPortal: true, smsNotifications: false } });
  admin = (await t.login('comm')).accessToken;
  const a = as(admin);
  const year = (await a.post('/api/academic-years', { name: 'Y', startDate: '2020-09-01', endDate: '2030-07-01' }).expect(201)).body.id;
  const grade = (await a.post('/api/grade-levels', { name: 'G', order: 1 }).expect(201)).body.id;
  const ca = (await a.post('/api/classes', { name: 'A', academicYearId: year, gradeLevelId: grade, sections: [{ name: '1' }] }).expect(201))
    .body;
  classA = ca.id;
  sectionA = ca.sections[0].id;
  classB = (await a.post('/api/classes', { name: 'B', academicYearId: year, gradeLevelId: grade, sections: [{ name: '1' }] }).expect(201))
    .body.id;
  const subject = (await a.post('/api/subjects', { code: 'S', name: 'S' }).expect(201)).body.id;
  const tch = (await a.post('/api/teachers', { firstName: 'T', lastName: 'T', account: { email: 't@comm.test' } }).expect(201)).body;
  teacher = await t.acceptInvitation('comm', tch.invitation, 't@comm.test');
  await a.post('/api/assignments', { classId: classA, sectionId: sectionA, subjectId: subject, teacherId: tch.id }).expect(201);
  const g = (await a.post('/api/guardians', { firstName: 'P', lastName: 'P', account: { email: 'p@comm.test' } }).expect(201)).body;
  parent = await t.acceptInvitation('comm', g.invitation, 'p@comm.test');
  kid = (
    await a
      .post('/api/students', { firstName: 'Kid', lastName: 'P', classId: classA, sectionId: sectionA, guardianIds: [g.id] })
      .expect(201)
  ).body.id;
});
afterAll(() => t.close());

describe('announcements', () => {
  it('reach the school, a role or a class, and nobody else', async () => {
    await as(admin).post('/api/announcements', { title: 'Sports day', body: 'Friday', audience: 'school' }).expect(201);
    await as(admin).post('/api/announcements', { title: 'Staff meeting', body: 'Monday', audience: 'role', role: 'teacher' }).expect(201);
    await as(teacher)
      .post('/api/announcements', { title: 'Class A trip', body: 'Bring lunch', audience: 'class', classId: classA })
      .expect(201);
    await as(admin).post('/api/announcements', { title: 'Class B trip', body: 'Museum', audience: 'class', classId: classB }).expect(201);
    const titles = async (token: string) =>
      (await as(token).get('/api/announcements').expect(200)).body.data.map((a: { title: string }) => a.title).sort();
    expect(await titles(parent)).toEqual(['Class A trip', 'Sports day']);
    expect(await titles(teacher)).toEqual(['Class A trip', 'Sports day', 'Staff meeting']);
    expect(await titles(admin)).toHaveLength(4);
  });

  it('lets teachers announce only to their own classes', async () => {
    expect(
      (await as(teacher).post('/api/announcements', { title: 'x', body: 'y', audience: 'class', classId: classB }).expect(403)).body.error,
    ).toBe('NOT_YOUR_CLASS');
    await as(teacher).post('/api/announcements', { title: 'x', body: 'y', audience: 'school' }).expect(403);
    await as(parent).post('/api/announcements', { title: 'x', body: 'y', audience: 'school' }).expect(403);
    await as(admin).post('/api/announcements', { title: 'x', body: 'y', audience: 'class' }).expect(400);
  });

  it('refuse a title with a line break or control character (it is the subject of the email), naming the field, nothing written', async () => {
    const before = (await outbox()).length;
    for (const title of ['Trip\r\nBcc: all@evil.test', 'Trip\nfriday', 'Trip\u0000']) {
      const res = await as(admin)
        .post('/api/announcements', { title, body: 'y', audience: 'school', channels: ['email'] })
        .expect(400);
      expect(res.body.details.map((d: { path: string }) => d.path)).toContain('title');
    }
    const list = await as(admin).get('/api/announcements').expect(200);
    expect(JSON.stringify(list.body)).not.toContain('Trip');
    expect(await outbox()).toHaveLength(before);
  });

  it('keep read receipts, idempotently, and hide what the reader may not see', async () => {
    const list = (await as(parent).get('/api/announcements?unread=true').expect(200)).body.data;
    const trip = list.find((a: { title: string }) => a.title === 'Class A trip');
    await as(parent).post(`/api/announcements/${trip.id}/read`).expect(204);
    await as(parent).post(`/api/announcements/${trip.id}/read`).expect(204);
    expect((await as(parent).get('/api/announcements?unread=true').expect(200)).body.data.map((a: { title: string }) => a.title)).toEqual([
      'Sports day',
    ]);
    const receipts = await as(teacher).get(`/api/announcements/${trip.id}/receipts`).expect(200);
    // The class reaches its parent (the kid has no account; the author is not counted).
    expect(receipts.body).toMatchObject({ readCount: 1, audienceCount: 1, readers: [{ role: 'parent' }] });
    const classB = (await as(admin).get('/api/announcements').expect(200)).body.data.find(
      (a: { title: string }) => a.title === 'Class B trip',
    );
    await as(parent).post(`/api/announcements/${classB.id}/read`).expect(404);
  });

  it('show read counts to admins and authors only, and count the audience before sending', async () => {
    const byTitle = async (token: string, title: string) =>
      (await as(token).get('/api/announcements').expect(200)).body.data.find((a: { title: string }) => a.title === title);
    expect(await byTitle(admin, 'Class A trip')).toMatchObject({ readCount: 1, editedAt: null });
    expect(await byTitle(teacher, 'Class A trip')).toMatchObject({ readCount: 1 });
    expect(await byTitle(teacher, 'Sports day')).toMatchObject({ readCount: null });
    expect(await byTitle(parent, 'Class A trip')).toMatchObject({ readCount: null });
    // School: the admin's audience is the teacher and the parent.
    expect((await as(admin).get('/api/announcements/audience?audience=school').expect(200)).body).toEqual({ count: 2 });
    expect((await as(admin).get(`/api/announcements/audience?audience=class&classId=${classA}`).expect(200)).body).toEqual({ count: 2 });
    expect((await as(admin).get('/api/announcements/audience?audience=role&role=parent').expect(200)).body).toEqual({ count: 1 });
    const bad = await as(admin).get('/api/announcements/audience?audience=class').expect(400);
    expect(bad.body.details.map((d: { path: string }) => d.path)).toContain('classId');
    await as(parent).get('/api/announcements/audience?audience=school').expect(403);
  });

  it('may be corrected (shown as edited) or withdrawn by an admin of the school only', async () => {
    const made = (await as(admin).post('/api/announcements', { title: 'Fair', body: 'Saturday', audience: 'school' }).expect(201)).body;
    await as(teacher).patch(`/api/announcements/${made.id}`, { body: 'Sunday' }).expect(403);
    await as(parent).delete(`/api/announcements/${made.id}`).expect(403);
    await t.school('comm-other');
    const stranger = (await t.login('comm-other')).accessToken;
    await as(stranger, 'comm-other').patch(`/api/announcements/${made.id}`, { body: 'Hacked' }).expect(404);
    await as(stranger, 'comm-other').delete(`/api/announcements/${made.id}`).expect(404);
    const empty = await as(admin).patch(`/api/announcements/${made.id}`, {}).expect(400);
    expect(empty.body.error).toBe('VALIDATION_ERROR');

    const edited = (await as(admin).patch(`/api/announcements/${made.id}`, { body: 'Sunday' }).expect(200)).body;
    expect(edited).toMatchObject({ title: 'Fair', body: 'Sunday', editedAt: expect.any(String) });
    await as(parent).post(`/api/announcements/${made.id}/read`).expect(204);
    expect((await as(parent).get('/api/announcements').expect(200)).body.data.find((a: { id: string }) => a.id === made.id)).toMatchObject({
      body: 'Sunday',
      editedAt: edited.editedAt,
    });

    await as(admin).delete(`/api/announcements/${made.id}`).expect(204);
    expect((await as(parent).get('/api/announcements').expect(200)).body.data.some((a: { id: string }) => a.id === made.id)).toBe(false);
    await as(admin).delete(`/api/announcements/${made.id}`).expect(404);
    const log = (await as(admin).get(`/api/audit?recordId=${made.id}`).expect(200)).body.data.map((e: { action: string }) => e.action);
    expect(log.sort()).toEqual(['create', 'delete', 'update']);
  });
});

describe('alerts', () => {
  it('tell guardians once per child and day when the child is marked absent (email; SMS only with the feature)', async () => {
    const date = '2026-01-20';
    await as(teacher)
      .put(`/api/attendance/sections/${sectionA}/${date}`, { marks: [{ studentId: kid, status: 'absent' }] })
      .expect(200);
    await as(teacher)
      .put(`/api/attendance/sections/${sectionA}/${date}`, { marks: [{ studentId: kid, status: 'absent' }] })
      .expect(200);
    const mine = (await as(parent).get('/api/notifications?unread=true').expect(200)).body;
    expect(mine.data.filter((n: { kind: string }) => n.kind === 'absence')).toHaveLength(1);
    expect(mine.data[0]).toMatchObject({ kind: 'absence', title: 'Kid P was marked absent', read: false });
    // One message by email to the parent's account; no SMS (the school has no smsNotifications).
    const queued = await outbox({ kind: 'absence' });
    expect(queued.map((m) => [m.channel, m.to, m.state])).toEqual([['email', 'p@comm.test', 'queued']]);
    await as(parent).post(`/api/notifications/${mine.data[0].id}/read`).expect(204);
    expect((await as(parent).get('/api/notifications?unread=true').expect(200)).body.total).toBe(0);
    // Someone else's notification is not theirs to read.
    await as(teacher).post(`/api/notifications/${mine.data[0].id}/read`).expect(404);
  });

  it('close the parent portal when the school turns it off', async () => {
    const root = await t.superAdmin();
    await request(t.app)
      .patch(`/api/superadmin/tenants/${t.created[0]!.id}`)
      .set(bearer(root))
      .send({ features: { parentPortal: false } })
      .expect(200);
    expect((await as(parent).get('/api/announcements').expect(403)).body.error).toBe('FEATURE_DISABLED');
    await as(teacher).get('/api/announcements').expect(200);
    await request(t.app)
      .patch(`/api/superadmin/tenants/${t.created[0]!.id}`)
      .set(bearer(root))
      .send({ features: { parentPortal: true } })
      .expect(200);
    await as(parent).get('/api/announcements').expect(200);
  });
});

describe('SMS on a platform without an SMS provider', () => {
  it("is not offered by a school whose plan has it: not in the portal's features, not in preferences, refused for announcements", async () => {
    await t.school('comm-sms', { features: { parentPortal: true, smsNotifications: true } });
    const adm = (await t.login('comm-sms')).accessToken;
    const a = as(adm, 'comm-sms');
    expect((await a.get('/api/tenant').expect(200)).body.features).not.toContain('smsNotifications');
    expect((await a.get('/api/me/message-preferences').expect(200)).body.smsAvailable).toBe(false);
    const refused = await a
      .post('/api/announcements', { title: 'Closed', body: 'Snow', audience: 'school', channels: ['sms'] })
      .expect(400);
    expect(refused.body.details).toEqual([expect.objectContaining({ path: 'channels' })]);
  });
});
