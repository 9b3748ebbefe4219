import { Types } from 'mongoose';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { tenantModel, runForTenant } from '../../tenancy/tenant-context.js';
import { OutboxModel } from '../messages/outbox.schema.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';

let t: TestPlatform;
let school: TenantRecord;
let admin: string;
let classId: string;
let section: string;
let grade: string;
let terms: { id: string; name: string }[];

const a = () => t.as('rec', admin);

beforeAll(async () => {
  t = await startTestPlatform();
  school = await t.school('rec');
  await t.school('rec-other');
  admin = (await t.login('rec')).accessToken;
  const year = (
    await a()
      .post('/api/academic-years', {
        name: '2026/27',
        startDate: '2026-09-01',
        endDate: '2027-07-15',
        isCurrent: true,
        terms: [
          { name: 'Term 1', startDate: '2026-09-01', endDate: '2026-12-18' },
          { name: 'Term 2', startDate: '2027-01-05', endDate: '2027-04-01' },
        ],
      })
      .expect(201)
  ).body;
  terms = year.terms;
  grade = (await a().post('/api/grade-levels', { name: 'Grade 4', order: 4 }).expect(201)).body.id;
  const cls = (
    await a()
      .post('/api/classes', { name: '4B', academicYearId: year.id, gradeLevelId: grade, sections: [{ name: 'East' }] })
      .expect(201)
  ).body;
  classId = cls.id;
  section = cls.sections[0].id;
});
afterAll(() => t.close());

describe('an exact duplicate student', () => {
  it('is answered 409 POSSIBLE_DUPLICATE with the existing record, and saved when confirmed', async () => {
    const priya = { firstName: 'Priya', lastName: 'Brown', dateOfBirth: '2016-03-02', classId, sectionId: section };
    const first = (await a().post('/api/students', priya).expect(201)).body;
    const res = await a()
      .post('/api/students', { ...priya, firstName: 'priya ', lastName: 'BROWN' })
      .expect(409);
    expect(res.body).toMatchObject({
      error: 'POSSIBLE_DUPLICATE',
      details: { existing: { id: first.id, admissionNumber: first.admissionNumber } },
    });
    expect((await a().get('/api/students?search=Priya%20Brown').expect(200)).body.total).toBe(1);
    // Not the same child: another birth date or no class is no exact duplicate.
    await a()
      .post('/api/students', { ...priya, dateOfBirth: '2016-03-03' })
      .expect(201);
    const twin = await a()
      .post('/api/students', { ...priya, confirmDuplicate: true })
      .expect(201);
    expect(twin.body.id).not.toBe(first.id);
    expect((await a().get('/api/students?search=Priya%20Brown').expect(200)).body.total).toBe(3);
  });
});

describe('searching by full name', () => {
  it('finds a person when every word matches the first or the last name, for students, guardians and teachers', async () => {
    await a().post('/api/students', { firstName: 'Brown', lastName: 'Priyanka' }).expect(201);
    await a().post('/api/students', { firstName: 'Priya', lastName: 'Green' }).expect(201);
    const names = async (path: string, q: string) =>
      (
        (
          await a()
            .get(`${path}?search=${encodeURIComponent(q)}&limit=100`)
            .expect(200)
        ).body.data as { firstName: string; lastName: string }[]
      )
        .map((p) => `${p.firstName} ${p.lastName}`)
        .sort();
    expect(await names('/api/students', 'Priya Brown')).toEqual(['Brown Priyanka', 'Priya Brown', 'Priya Brown', 'Priya Brown']);
    expect(await names('/api/students', 'brown   priya')).toHaveLength(4);
    expect(await names('/api/students', 'Priya Green')).toEqual(['Priya Green']);
    expect(await names('/api/students', 'Priya Smith')).toEqual([]);
    await a().post('/api/guardians', { firstName: 'Amani', lastName: 'Otieno' }).expect(201);
    await a().post('/api/guardians', { firstName: 'Amani', lastName: 'Kariuki' }).expect(201);
    expect(await names('/api/guardians', 'Amani Otieno')).toEqual(['Amani Otieno']);
    await a().post('/api/teachers', { kind: 'teacher', firstName: 'Joy', lastName: 'Mwangi' }).expect(201);
    await a().post('/api/teachers', { kind: 'teacher', firstName: 'Joy', lastName: 'Wanjiru' }).expect(201);
    expect(await names('/api/teachers', 'joy mwangi')).toEqual(['Joy Mwangi']);
  });
});

describe('guardians of a student after enrolment', () => {
  it('attaches an existing guardian and a new one, detaches one, and the parent sees the child only while linked', async () => {
    const kid = (await a().post('/api/students', { firstName: 'Kofi', lastName: 'Mensah', classId, sectionId: section }).expect(201)).body;
    const [guardianId, parent] = await (async () => {
      const g = (
        await a()
          .post('/api/guardians', {
            firstName: 'Ama',
            lastName: 'Mensah',
            contact: { email: 'ama@rec.test' },
            account: { email: 'ama@rec.test' },
          })
          .expect(201)
      ).body;
      return [g.id as string, await t.acceptInvitation('rec', g.invitation, 'ama@rec.test')];
    })();
    await t.as('rec', parent).get(`/api/students/${kid.id}`).expect(404);

    const linked = await a().post(`/api/students/${kid.id}/guardians`, { guardianId }).expect(200);
    expect(linked.body.guardianIds).toEqual([guardianId]);
    await t.as('rec', parent).get(`/api/students/${kid.id}`).expect(200);
    expect((await a().post(`/api/students/${kid.id}/guardians`, { guardianId }).expect(409)).body.error).toBe('ALREADY_LINKED');

    const withNew = await a()
      .post(`/api/students/${kid.id}/guardians`, {
        guardian: { firstName: 'Kwame', lastName: 'Mensah', contact: { phone: '+254712000111' } },
      })
      .expect(200);
    expect(withNew.body.guardianIds).toHaveLength(2);
    const overview = (await a().get(`/api/students/${kid.id}/overview`).expect(200)).body;
    expect(overview.guardians.map((g: { firstName: string; contact: object }) => [g.firstName, g.contact])).toEqual([
      ['Ama', { email: 'ama@rec.test' }],
      ['Kwame', { phone: '+254712000111' }],
    ]);
    // A parent sees their own record among the child's guardians, not the other parent's contacts.
    expect((await t.as('rec', parent).get(`/api/students/${kid.id}/overview`).expect(200)).body.guardians).toHaveLength(1);

    const detached = await a().delete(`/api/students/${kid.id}/guardians/${guardianId}`).expect(200);
    expect(detached.body.guardianIds).toEqual([withNew.body.guardianIds[1]]);
    await t.as('rec', parent).get(`/api/students/${kid.id}`).expect(404);
    expect((await a().get(`/api/guardians/${guardianId}`).expect(200)).body.firstName).toBe('Ama');
    await a().delete(`/api/students/${kid.id}/guardians/${guardianId}`).expect(404);
  });

  it("refuses another school's guardian, bad input and callers who are not admins, writing nothing", async () => {
    const kid = (await a().post('/api/students', { firstName: 'Esi', lastName: 'Boateng' }).expect(201)).body;
    const otherAdmin = (await t.login('rec-other')).accessToken;
    const foreign = (await t.as('rec-other', otherAdmin).post('/api/guardians', { firstName: 'X', lastName: 'Y' }).expect(201)).body.id;
    const res = await a().post(`/api/students/${kid.id}/guardians`, { guardianId: foreign }).expect(400);
    expect(res.body.details).toEqual([{ path: 'guardianId', message: 'Unknown guardian' }]);
    const both = await a()
      .post(`/api/students/${kid.id}/guardians`, { guardianId: foreign, guardian: { firstName: 'A', lastName: 'B' } })
      .expect(400);
    expect(JSON.stringify(both.body.details)).toContain('guardianId');
    await t.as('rec-other', otherAdmin).post(`/api/students/${kid.id}/guardians`, { guardianId: foreign }).expect(404);
    const teacher = await t.userWithRole('rec', 'teacher', admin);
    await t.as('rec', teacher.accessToken).post(`/api/students/${kid.id}/guardians`, { guardianId: foreign }).expect(403);
    expect((await a().get(`/api/students/${kid.id}`).expect(200)).body.guardianIds).toEqual([]);
  });
});

describe('a sign-in account from the student record', () => {
  it('invites the student through the outbox, links the account, and shows its state on the users list by ids', async () => {
    const kid = (await a().post('/api/students', { firstName: 'Yaw', lastName: 'Owusu', classId, sectionId: section }).expect(201)).body;
    const invitation = (await a().post(`/api/students/${kid.id}/account`, { email: 'yaw@rec.test' }).expect(201)).body;
    expect(invitation.url).toMatch(/^\/accept-invitation\?school=rec&token=/);
    const record = (await a().get(`/api/students/${kid.id}`).expect(200)).body;
    expect(record.userId).toBe(invitation.userId);
    const mails = await runForTenant(t.platform.connections, school, () =>
      tenantModel(OutboxModel)
        .find({ userId: new Types.ObjectId(invitation.userId), kind: 'invitation' })
        .lean(),
    );
    expect(mails.map((m) => [m.to, m.state])).toEqual([['yaw@rec.test', 'queued']]);
    const accounts = (await a().get(`/api/users?ids=${invitation.userId}`).expect(200)).body.data;
    expect(accounts).toEqual([
      expect.objectContaining({
        id: invitation.userId,
        role: 'student',
        status: 'invited',
        invitation: expect.objectContaining({ state: 'invited', delivery: 'queued' }),
      }),
    ]);
    expect((await a().post(`/api/students/${kid.id}/account`, { email: 'yaw2@rec.test' }).expect(409)).body.error).toBe('HAS_ACCOUNT');
    // The student, signed in, sees their own record.
    const token = await t.acceptInvitation('rec', invitation, 'yaw@rec.test');
    expect((await t.as('rec', token).get(`/api/students/${kid.id}`).expect(200)).body.firstName).toBe('Yaw');
    expect((await a().get(`/api/users?ids=${invitation.userId}`).expect(200)).body.data[0].invitation.state).toBe('accepted');
    await a().get('/api/users?ids=nope').expect(400);
  });
});

describe("a child's page", () => {
  it('lists the absences of this term by date and the fees by term, for the parent', async () => {
    const g = (
      await a()
        .post('/api/guardians', { firstName: 'Efua', lastName: 'Asante', account: { email: 'efua@rec.test' } })
        .expect(201)
    ).body;
    const kid = (
      await a()
        .post('/api/students', { firstName: 'Abena', lastName: 'Asante', classId, sectionId: section, guardianIds: [g.id] })
        .expect(201)
    ).body;
    for (const [date, status] of [
      ['2026-11-02', 'absent'],
      ['2026-11-03', 'present'],
      ['2026-11-04', 'late'],
      ['2026-08-20', 'absent'],
    ] as const) {
      const marks = [{ studentId: kid.id, status }];
      if (date >= '2026-09-01') await a().put(`/api/attendance/sections/${section}/${date}`, { marks }).expect(200);
    }
    for (const term of terms) {
      const structure = (
        await a()
          .post('/api/fees/structures', {
            name: `${term.name} fees`,
            termId: term.id,
            gradeLevelId: grade,
            items: [{ name: 'Tuition', amount: 50_000 }],
            dueDate: term.name === 'Term 1' ? '2026-12-10' : '2027-01-20',
          })
          .expect(201)
      ).body;
      await a()
        .post(`/api/fees/structures/${structure.id}/invoices`, { studentIds: [kid.id] })
        .expect(200);
    }
    const parent = await t.acceptInvitation('rec', g.invitation, 'efua@rec.test');
    const view = (await t.as('rec', parent).get(`/api/students/${kid.id}/overview`).expect(200)).body;
    expect(view).toMatchObject({ className: '4B', sectionName: 'East', term: { name: 'Term 1' } });
    expect(view.absences).toEqual([
      { date: '2026-11-04', status: 'late', note: null },
      { date: '2026-11-02', status: 'absent', note: null },
    ]);
    expect(view.fees.terms.map((x: { name: string; total: number; balance: number }) => [x.name, x.total, x.balance])).toEqual([
      ['Term 1', 50_000, 50_000],
      ['Term 2', 50_000, 50_000],
    ]);
    expect(view.fees).toMatchObject({ total: 100_000, paid: 0, balance: 100_000 });
    // Another parent's child is not theirs: 404.
    const other = (await a().post('/api/students', { firstName: 'Not', lastName: 'Theirs' }).expect(201)).body;
    await t.as('rec', parent).get(`/api/students/${other.id}/overview`).expect(404);
  });
});
