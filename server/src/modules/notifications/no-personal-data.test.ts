import request from 'supertest';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { captureLogs, type LogCapture } from '../../../test/log-capture.js';

let t: TestPlatform;
let logs: LogCapture;

// Distinctive enough that any appearance in a log line is this test's data leaking.
const child = { firstName: 'Zephyrine', lastName: 'Quillfeather', email: 'zephy.quill@kinfolk-mail.test', phone: '+44 7911 123417' };
const parent = { firstName: 'Oswaldo', lastName: 'Brightwater', email: 'os.bright@kinfolk-mail.test', phone: '+44 7911 123862' };
const teacher = { firstName: 'Philippa', lastName: 'Nettlebed', email: 'pip.nettle@kinfolk-mail.test' };
const personal = [
  ...Object.values(child),
  ...Object.values(parent),
  ...Object.values(teacher),
  'kinfolk-mail', // the family's mail domain, which a masked address (o***@kinfolk-mail.test) still shows
  // The phones as stored (E.164).
  ...[child.phone, parent.phone].map((p) => p.replace(/\s/g, '')),
];

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('priv');
});
afterAll(async () => {
  logs?.stop();
  await t.close();
});

describe('logs', () => {
  it('carry ids only through a day of school: people created, an absence alerted, an announcement, sign-ins', async () => {
    logs = captureLogs('debug');
    const admin = t.as('priv', (await t.login('priv')).accessToken);
    const { classId, sectionId } = await t.setUpYear('priv', (await t.login('priv')).accessToken, {
      start: '2020-09-01',
      end: '2030-07-01',
    });
    const student = (
      await admin
        .post('/api/students', {
          firstName: child.firstName,
          lastName: child.lastName,
          classId,
          sectionId,
          contact: { email: child.email, phone: child.phone },
        })
        .expect(201)
    ).body;
    const guardian = (
      await admin
        .post('/api/guardians', {
          firstName: parent.firstName,
          lastName: parent.lastName,
          contact: { phone: parent.phone },
          account: { email: parent.email },
        })
        .expect(201)
    ).body;
    await admin.patch(`/api/students/${student.id}`, { guardianIds: [guardian.id] }).expect(200);
    const parentToken = await t.acceptInvitation('priv', guardian.invitation, parent.email);
    const tch = (
      await admin
        .post('/api/teachers', { firstName: teacher.firstName, lastName: teacher.lastName, account: { email: teacher.email } })
        .expect(201)
    ).body;
    await t.acceptInvitation('priv', tch.invitation, teacher.email);

    // The absence alert: an in-app notification naming the child, and its messages queued in the outbox.
    await admin
      .put(`/api/attendance/sections/${sectionId}/2026-01-12`, { marks: [{ studentId: student.id, status: 'absent' }] })
      .expect(200);
    const inbox = (await t.as('priv', parentToken).get('/api/notifications').expect(200)).body.data;
    expect(inbox.map((n: { title: string }) => n.title)).toContain(`${child.firstName} ${child.lastName} was marked absent`);

    await admin
      .post('/api/announcements', { title: `Well done ${child.firstName}`, body: `Thanks to ${parent.lastName}`, audience: 'school' })
      .expect(201);
    await request(t.app)
      .post('/api/auth/login')
      .set('X-Tenant-ID', 'priv')
      .send({ email: parent.email, password: 'wrong-password-1' })
      .expect(401);
    await t.as('priv', parentToken).get(`/api/students?search=${child.lastName}`);
    await admin.get(`/api/students?search=${child.lastName}`).expect(200);
    logs.stop();

    const text = logs.text().toLowerCase();
    for (const value of personal) expect({ value, found: text.includes(value.toLowerCase()) }).toEqual({ value, found: false });
    // The flow was logged (requests, the queued alert, the refused sign-in), so an empty log cannot pass.
    const lines = logs.lines();
    expect(lines.filter((l) => l.msg === 'request').length).toBeGreaterThan(10);
    expect(lines.filter((l) => l.msg === 'notification queued')).not.toHaveLength(0);
    expect(lines.some((l) => l.status === 401)).toBe(true);
  });
});
