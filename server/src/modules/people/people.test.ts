import request from 'supertest';
import { PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let admin: string;
let classId: string;
let blue: string;
let green: string;

const as = (school: string, token: string) => t.as(school, token);

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('ppl', { limits: { maxStudents: 6, maxTeachers: 2 } });
  await t.school('ppl-other');
  admin = (await t.login('ppl')).accessToken;
  const a = as('ppl', admin);
  const year = (await a.post('/api/academic-years', { name: '2026/27', startDate: '2026-09-01', endDate: '2027-07-15' }).expect(201)).body
    .id;
  const grade = (await a.post('/api/grade-levels', { name: 'Grade 1', order: 1 }).expect(201)).body.id;
  const cls = await a
    .post('/api/classes', {
      name: '1A',
      academicYearId: year,
      gradeLevelId: grade,
      sections: [{ name: 'Blue', capacity: 3 }, { name: 'Green' }],
    })
    .expect(201);
  classId = cls.body.id;
  [blue, green] = cls.body.sections.map((s: { id: string }) => s.id);
});
afterAll(() => t.close());

describe('students', () => {
  it('get admission numbers from a per-school sequence, unique under concurrency', async () => {
    const a = as('ppl', admin);
    const results = await Promise.all(
      [1, 2, 3].map((i) => a.post('/api/students', { firstName: `Kid${i}`, lastName: 'Parallel', classId, sectionId: green }).expect(201)),
    );
    const numbers = results.map((r) => r.body.admissionNumber as string).sort();
    expect(numbers).toEqual(['PPL-2026-0001', 'PPL-2026-0002', 'PPL-2026-0003']);
    expect(results[0]!.body.placements).toEqual([{ classId, sectionId: green, from: expect.any(String), to: null, reason: 'admission' }]);
    // Another school's sequence is its own: the same numbers there, no clash.
    const other = as('ppl-other', (await t.login('ppl-other')).accessToken);
    expect((await other.post('/api/students', { firstName: 'Ann', lastName: 'Other' }).expect(201)).body.admissionNumber).toBe(
      `PPL-OTHER-${new Date().getFullYear()}-0001`,
    );
  });

  it('refuses a student beyond the plan limit with the limit and the count', async () => {
    const a = as('ppl', admin);
    await a.post('/api/students', { firstName: 'Four', lastName: 'X' }).expect(201);
    await a.post('/api/students', { firstName: 'Five', lastName: 'X' }).expect(201);
    await a.post('/api/students', { firstName: 'Six', lastName: 'X' }).expect(201);
    const res = await a.post('/api/students', { firstName: 'Seven', lastName: 'X' }).expect(403);
    expect(res.body).toEqual({ message: expect.any(String), error: 'QUOTA_EXCEEDED', details: { limit: 6, current: 6 } });
    // Withdrawing one frees a seat.
    const { body } = await a.get('/api/students?search=Six').expect(200);
    await a.patch(`/api/students/${body.data[0].id}`, { status: 'withdrawn' }).expect(200);
    await a.post('/api/students', { firstName: 'Seven', lastName: 'X' }).expect(201);
  });

  it('moves a student mid-year, keeping the placement history, and respects capacity', async () => {
    const a = as('ppl', admin);
    const { body } = await a.get(`/api/students?sectionId=${green}&sort=admissionNumber`).expect(200);
    const first = body.data[0].id as string;
    const moved = await a
      .post(`/api/students/${first}/move`, { classId, sectionId: blue, date: '2026-11-01', reason: 'parents asked' })
      .expect(200);
    expect(moved.body.sectionId).toBe(blue);
    expect(moved.body.placements).toHaveLength(2);
    expect(moved.body.placements[0]).toMatchObject({ sectionId: green, to: '2026-11-01' });
    expect(moved.body.placements[1]).toMatchObject({ sectionId: blue, from: '2026-11-01', to: null, reason: 'parents asked' });
    expect((await a.post(`/api/students/${first}/move`, { classId, sectionId: blue }).expect(409)).body.error).toBe('SAME_SECTION');
    for (const s of body.data.slice(1, 3)) await a.post(`/api/students/${s.id}/move`, { classId, sectionId: blue }).expect(200);
    const { body: rest } = await a.get('/api/students?search=Four').expect(200);
    await a.patch(`/api/students/${rest.data[0].id}`, { status: 'enrolled' }).expect(200);
    expect((await a.post(`/api/students/${rest.data[0].id}/move`, { classId, sectionId: blue }).expect(409)).body.error).toBe(
      'SECTION_FULL',
    );
  });

  it('validates references: class and section together, existing guardians', async () => {
    const a = as('ppl', admin);
    expect((await a.post('/api/students', { firstName: 'A', lastName: 'B', classId }).expect(400)).body.details[0].path).toBe('sectionId');
    const bad = await a.post('/api/students', { firstName: 'A', lastName: 'B', guardianIds: ['0123456789abcdef01234567'] }).expect(400);
    expect(bad.body.details[0].path).toBe('guardianIds');
  });
});

describe('accounts and roles', () => {
  it('creates a teacher with an invitation that sets the password once', async () => {
    const a = as('ppl', admin);
    const res = await a.post('/api/teachers', { firstName: 'Tess', lastName: 'Teach', account: { email: 'tess@ppl.test' } }).expect(201);
    expect(res.body).toMatchObject({ employeeNumber: 'EMP-0001', kind: 'teacher', invitation: { url: expect.stringContaining('token=') } });
    await expect(t.login('ppl', 'tess@ppl.test')).rejects.toThrow(/40[13]/);
    await t.acceptInvitation('ppl', res.body.invitation, 'tess@ppl.test');
    const token = new URL(res.body.invitation.url, 'http://x').searchParams.get('token');
    expect(
      (await request(t.app).post('/api/auth/accept-invitation').set('X-Tenant-ID', 'ppl').send({ token, password: PASSWORD }).expect(400))
        .body.error,
    ).toBe('INVALID_INVITATION');
  });

  it('an invitation link ends when the admin changes the account: its email, its password, disabling or deleting it', async () => {
    const a = as('ppl', admin);
    const invite = async (email: string) => {
      const res = await a.post('/api/guardians', { firstName: 'Inv', lastName: 'Link', account: { email } }).expect(201);
      return { userId: res.body.userId as string, token: new URL(res.body.invitation.url, 'http://x').searchParams.get('token') };
    };
    const accept = (token: string | null) =>
      request(t.app).post('/api/auth/accept-invitation').set('X-Tenant-ID', 'ppl').send({ token, password: 'a-new-password-123' });
    const typo = await invite('typo@ppl.test');
    await a.patch(`/api/users/${typo.userId}`, { email: 'right@ppl.test' }).expect(200);
    const reset = await invite('reset@ppl.test');
    await a.patch(`/api/users/${reset.userId}`, { password: 'admin-set-pass-123' }).expect(200);
    const disabled = await invite('off@ppl.test');
    await a.patch(`/api/users/${disabled.userId}`, { status: 'disabled' }).expect(200);
    const deleted = await invite('gone@ppl.test');
    await a.delete(`/api/users/${deleted.userId}`).expect(204);
    for (const link of [typo, reset, disabled, deleted])
      expect((await accept(link.token).expect(400)).body.error).toBe('INVALID_INVITATION');
  });

  it('refuses names with control or text-direction characters (they display as something else), naming the field', async () => {
    const a = as('ppl', admin);
    for (const firstName of ['\u202eevil', 'nul\u0000byte', 'bell\u0007']) {
      const res = await a.post('/api/guardians', { firstName, lastName: 'Name' }).expect(400);
      expect(JSON.stringify(res.body.details)).toContain('firstName');
    }
    await a.post('/api/guardians', { firstName: 'José Ñúñez', lastName: 'محمد' }).expect(201);
  });

  it('gives an existing person an account later, once', async () => {
    const a = as('ppl', admin);
    const g = (await a.post('/api/guardians', { firstName: 'Late', lastName: 'Account' }).expect(201)).body;
    expect(g.userId).toBeNull();
    const inv = (await a.post(`/api/guardians/${g.id}/account`, { email: 'late@ppl.test' }).expect(201)).body;
    await t.acceptInvitation('ppl', inv, 'late@ppl.test');
    expect((await a.get(`/api/guardians/${g.id}`).expect(200)).body.userId).toBe(inv.userId);
    expect((await a.post(`/api/guardians/${g.id}/account`, { email: 'again@ppl.test' }).expect(409)).body.error).toBe('HAS_ACCOUNT');
    const g2 = (await a.post('/api/guardians', { firstName: 'Other', lastName: 'Account' }).expect(201)).body;
    expect((await a.post(`/api/guardians/${g2.id}/account`, { email: 'tess@ppl.test' }).expect(409)).body.error).toBe('EMAIL_EXISTS');
    expect((await a.get(`/api/guardians/${g2.id}`).expect(200)).body.userId).toBeNull();
  });

  it('refuses teachers beyond the plan limit', async () => {
    const a = as('ppl', admin);
    await a.post('/api/teachers', { firstName: 'Second', lastName: 'Teacher' }).expect(201);
    expect((await a.post('/api/teachers', { firstName: 'Third', lastName: 'Teacher' }).expect(403)).body.error).toBe('QUOTA_EXCEEDED');
    await a.post('/api/teachers', { kind: 'staff', firstName: 'Office', lastName: 'Clerk' }).expect(201);
  });

  it('shows a parent only their own children, and 404 for any other child', async () => {
    const a = as('ppl', admin);
    const g = await a
      .post('/api/guardians', { firstName: 'Pat', lastName: 'Parent', relationship: 'mother', account: { email: 'pat@ppl.test' } })
      .expect(201);
    const kids = (await a.get('/api/students?sort=admissionNumber').expect(200)).body.data;
    const [mine, notMine] = [kids[0], kids[1]];
    await a.patch(`/api/students/${mine.id}`, { guardianIds: [g.body.id] }).expect(200);
    const p = as('ppl', await t.acceptInvitation('ppl', g.body.invitation, 'pat@ppl.test'));
    const list = await p.get('/api/students').expect(200);
    expect(list.body.data.map((s: { id: string }) => s.id)).toEqual([mine.id]);
    await p.get(`/api/students/${mine.id}`).expect(200);
    await p.get(`/api/students/${notMine.id}`).expect(404);
    // A filter cannot widen the scope.
    expect(
      (await p.get(`/api/students?sectionId=${notMine.sectionId ?? green}`).expect(200)).body.data.every(
        (s: { id: string }) => s.id === mine.id,
      ),
    ).toBe(true);
    await p.patch(`/api/students/${mine.id}`, { firstName: 'Changed' }).expect(403);
    expect((await p.get('/api/guardians').expect(200)).body.data.map((x: { id: string }) => x.id)).toEqual([g.body.id]);
    await p.get('/api/teachers').expect(403);
  });

  it('shows a teacher only the students of the sections they teach', async () => {
    const a = as('ppl', admin);
    const teachers = (await a.get('/api/teachers?search=Tess').expect(200)).body.data;
    const subject = (await a.post('/api/subjects', { code: 'READ', name: 'Reading' }).expect(201)).body.id;
    await a.post('/api/assignments', { classId, sectionId: blue, subjectId: subject, teacherId: teachers[0].id }).expect(201);
    const tess = await t.login('ppl', 'tess@ppl.test');
    const seen = (await as('ppl', tess.accessToken).get('/api/students?limit=100').expect(200)).body.data;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s: { sectionId: string }) => s.sectionId === blue)).toBe(true);
    const unplaced = (await a.get('/api/students?search=Five').expect(200)).body.data[0];
    await as('ppl', tess.accessToken).get(`/api/students/${unplaced.id}`).expect(404);
  });

  it("keeps people apart between schools: 404 for another school's ids", async () => {
    const other = as('ppl-other', (await t.login('ppl-other')).accessToken);
    const kid = (await as('ppl', admin).get('/api/students').expect(200)).body.data[0];
    await other.get(`/api/students/${kid.id}`).expect(404);
    await other.patch(`/api/students/${kid.id}`, { firstName: 'Hacked' }).expect(404);
    await other.post(`/api/students/${kid.id}/move`, { classId, sectionId: blue }).expect(404);
    await other.delete(`/api/students/${kid.id}`).expect(404);
    expect((await as('ppl', admin).get(`/api/students/${kid.id}`).expect(200)).body.firstName).toBe(kid.firstName);
  });

  it("scopes reads by id too: a teacher cannot open a guardian of another section's student, nor a parent without children any student", async () => {
    const a = as('ppl', admin);
    const stranger = (await a.post('/api/guardians', { firstName: 'Not', lastName: 'Yours' }).expect(201)).body;
    const tess = await t.login('ppl', 'tess@ppl.test');
    await as('ppl', tess.accessToken).get(`/api/guardians/${stranger.id}`).expect(404);
    const lonely = await t.userWithRole('ppl', 'parent', admin);
    const anyKid = (await a.get('/api/students').expect(200)).body.data[0];
    await as('ppl', lonely.accessToken).get(`/api/students/${anyKid.id}`).expect(404);
    expect((await as('ppl', lonely.accessToken).get('/api/students').expect(200)).body.total).toBe(0);
  });

  it('refuses to delete a teacher who still has assignments', async () => {
    const a = as('ppl', admin);
    const tess = (await a.get('/api/teachers?search=Tess').expect(200)).body.data[0];
    expect((await a.delete(`/api/teachers/${tess.id}`).expect(409)).body.error).toBe('IN_USE');
  });
});
