import request from 'supertest';
import { Types } from 'mongoose';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from './helpers.js';
import { runForTenant, tenantModel } from '../src/tenancy/tenant-context.js';
import { notify } from '../src/modules/notifications/notify.js';
import { OutboxModel } from '../src/modules/messages/outbox.schema.js';
import type { TenantRecord } from '../src/tenancy/tenant.types.js';

/**
 * The in-school role matrix. One school with two of everything (sections, teachers, students, exams,
 * files...), then every operation of the OpenAPI document that names a record, as every role, with
 * ids inside and outside the caller's scope. What is expected is read from the document: the roles a
 * route allows (x-roles), the area a school may close to staff (x-staff-area), and the row scope it
 * declares (x-scope). New routes are covered without editing this file; a new scope name fails here
 * until its records are added to SCOPES below.
 */
const SCHOOL = 'rm';
const ROLES = ['admin', 'teacher', 'staff', 'parent', 'student'] as const;
type Role = (typeof ROLES)[number];
// Staff of this school may not use `people` (students, guardians, teachers): their student files are closed too.
const STAFF_ACCESS = ['academic', 'enrolment', 'timetable', 'attendance', 'gradebook', 'fees', 'communication', 'reports'];
const DATE = '2026-11-30';

let t: TestPlatform;
let tenant: TenantRecord;
const tokens = {} as Record<Role, string>;
const ids: Record<string, string> = {};
const users = {} as Record<Role, string>;

interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
  'x-roles'?: Role[];
  'x-scope'?: string;
  'x-staff-area'?: string;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const PDF = Buffer.from('%PDF-1.4 test');

async function upload(query: string, type: string, body: Buffer): Promise<string> {
  const res = await request(t.app)
    .post(`/api/files?${query}`)
    .set('X-Tenant-ID', SCHOOL)
    .set(bearer(tokens.admin))
    .set('Content-Type', type)
    .send(body)
    .expect(201);
  return res.body.id as string;
}

/** An account made through a record's `account` (its invitation accepted); returns [record id, token]. */
async function withAccount(path: string, body: object, email: string): Promise<[string, string]> {
  const a = t.as(SCHOOL, tokens.admin);
  const created = (await a.post(path, { ...body, account: { email } }).expect(201)).body;
  return [created.id as string, await t.acceptInvitation(SCHOOL, created.invitation, email)];
}

beforeAll(async () => {
  t = await startTestPlatform();
  tenant = await t.school(SCHOOL, { plan: 'premium' });
  const login = await t.login(SCHOOL);
  tokens.admin = login.accessToken;
  users.admin = login.user.id;
  const a = t.as(SCHOOL, tokens.admin);
  await a.patch('/api/settings', { staffAccess: STAFF_ACCESS }).expect(200);

  const year = (
    await a
      .post('/api/academic-years', {
        name: 'Y',
        startDate: '2026-09-01',
        endDate: '2027-07-01',
        terms: [{ name: 'T', startDate: '2026-09-01', endDate: '2027-06-30' }],
      })
      .expect(201)
  ).body;
  ids.year = year.id;
  ids.term = year.terms[0].id;
  ids.grade = (await a.post('/api/grade-levels', { name: 'G', order: 1 }).expect(201)).body.id;
  const cls = (
    await a
      .post('/api/classes', { name: 'C', academicYearId: ids.year, gradeLevelId: ids.grade, sections: [{ name: 'S1' }, { name: 'S2' }] })
      .expect(201)
  ).body;
  ids.class = cls.id;
  ids.section1 = cls.sections[0].id;
  ids.section2 = cls.sections[1].id;
  ids.subject = (await a.post('/api/subjects', { code: 'X', name: 'X' }).expect(201)).body.id;

  [ids.teacher1, tokens.teacher] = await withAccount('/api/teachers', { kind: 'teacher', firstName: 'T', lastName: 'One' }, 't1@rm.test');
  ids.teacher2 = (await a.post('/api/teachers', { kind: 'teacher', firstName: 'T', lastName: 'Two' }).expect(201)).body.id;
  [ids.staffMember, tokens.staff] = await withAccount('/api/teachers', { kind: 'staff', firstName: 'S', lastName: 'Office' }, 'st@rm.test');
  ids.assignment = (
    await a
      .post('/api/assignments', { classId: ids.class, sectionId: ids.section1, subjectId: ids.subject, teacherId: ids.teacher1 })
      .expect(201)
  ).body.id;
  await a
    .post('/api/assignments', { classId: ids.class, sectionId: ids.section2, subjectId: ids.subject, teacherId: ids.teacher2 })
    .expect(201);

  [ids.guardian1, tokens.parent] = await withAccount('/api/guardians', { firstName: 'G', lastName: 'One' }, 'g1@rm.test');
  ids.guardian2 = (
    await a.post('/api/guardians', { firstName: 'G', lastName: 'Two', contact: { email: 'g2@rm.test' } }).expect(201)
  ).body.id;
  const place = (section: string | undefined) => ({ classId: ids.class, sectionId: section });
  [ids.student1, tokens.student] = await withAccount(
    '/api/students',
    { firstName: 'P', lastName: 'One', ...place(ids.section1), guardianIds: [ids.guardian1] },
    's1@rm.test',
  );
  ids.student2 = (
    await a.post('/api/students', { firstName: 'P', lastName: 'Two', ...place(ids.section2), guardianIds: [ids.guardian2] }).expect(201)
  ).body.id;
  ids.student3 = (await a.post('/api/students', { firstName: 'P', lastName: 'Three', ...place(ids.section1) }).expect(201)).body.id;
  for (const r of ['teacher', 'staff', 'parent', 'student'] as const) {
    users[r] = (await t.as(SCHOOL, tokens[r]).get('/api/auth/me').expect(200)).body.user.id;
  }

  ids.period = (
    await a
      .post('/api/timetable', {
        ...place(ids.section1),
        day: 'mon',
        start: '08:00',
        end: '09:00',
        subjectId: ids.subject,
        teacherId: ids.teacher1,
      })
      .expect(201)
  ).body.id;
  // Attendance and marks in both sections: students and exams are then in use (deletes answer 409).
  for (const [section, student] of [
    [ids.section1, ids.student1],
    [ids.section2, ids.student2],
  ] as const) {
    await a.put(`/api/attendance/sections/${section}/${DATE}`, { marks: [{ studentId: student, status: 'present' }] }).expect(200);
  }
  const exam = { termId: ids.term, classId: ids.class, subjectId: ids.subject, maxMarks: 10 };
  ids.examDraft = (await a.post('/api/exams', { ...exam, name: 'Draft' }).expect(201)).body.id;
  ids.examPublished = (await a.post('/api/exams', { ...exam, name: 'Published' }).expect(201)).body.id;
  for (const examId of [ids.examDraft, ids.examPublished]) {
    await a.put(`/api/exams/${examId}/marks`, { sectionId: ids.section1, marks: [{ studentId: ids.student1, score: 7 }] }).expect(200);
    await a.put(`/api/exams/${examId}/marks`, { sectionId: ids.section2, marks: [{ studentId: ids.student2, score: 4 }] }).expect(200);
  }
  await a.patch(`/api/exams/${ids.examPublished}`, { status: 'published' }).expect(200);
  ids.scale = (
    await a
      .post('/api/grading-scales', {
        name: 'PF',
        bands: [
          { grade: 'P', min: 50 },
          { grade: 'F', min: 0 },
        ],
      })
      .expect(201)
  ).body.id;

  ids.structure = (
    await a
      .post('/api/fees/structures', {
        name: 'F',
        termId: ids.term,
        gradeLevelId: ids.grade,
        items: [{ name: 'T', amount: 100 }],
        dueDate: '2027-01-01',
      })
      .expect(201)
  ).body.id;
  const invoices = (await a.post(`/api/fees/structures/${ids.structure}/invoices`, {}).expect(200)).body.invoices as {
    id: string;
    studentId: string;
  }[];
  ids.invoice1 = invoices.find((i) => i.studentId === ids.student1)!.id;
  ids.invoice2 = invoices.find((i) => i.studentId === ids.student2)!.id;
  ids.discount = (await a.post('/api/fees/discounts', { name: 'D', basis: 'other', type: 'fixed', value: 1 }).expect(201)).body.id;
  ids.application = (
    await a
      .post('/api/admissions', {
        firstName: 'A',
        lastName: 'A',
        gradeLevelId: ids.grade,
        guardian: { firstName: 'G', lastName: 'G', phone: '+254712000100' },
      })
      .expect(201)
  ).body.id;

  // A rollover batch (of a third student, into next year), so that undo has a batch to name.
  const next = (
    await a
      .post('/api/academic-years', {
        name: 'Y2',
        startDate: '2027-09-01',
        endDate: '2028-07-01',
        terms: [{ name: 'T2', startDate: '2027-09-01', endDate: '2028-06-30' }],
      })
      .expect(201)
  ).body;
  const grade2 = (await a.post('/api/grade-levels', { name: 'G2', order: 2 }).expect(201)).body.id;
  const cls2 = (
    await a.post('/api/classes', { name: 'C2', academicYearId: next.id, gradeLevelId: grade2, sections: [{ name: 'S3' }] }).expect(201)
  ).body;
  ids.batch = (
    await a
      .post('/api/rollover/apply', {
        toAcademicYearId: next.id,
        moves: [{ studentId: ids.student3, action: 'promoted', toClassId: cls2.id, toSectionId: cls2.sections[0].id }],
      })
      .expect(201)
  ).body.batchId;

  ids.logo = await upload('kind=logo&name=crest.png', 'image/png', PNG);
  ids.photo1 = await upload(`kind=photo&name=p1.png&studentId=${ids.student1}`, 'image/png', PNG);
  ids.photo2 = await upload(`kind=photo&name=p2.png&studentId=${ids.student2}`, 'image/png', PNG);
  ids.doc1 = await upload(`kind=document&name=d1.pdf&studentId=${ids.student1}`, 'application/pdf', PDF);
  ids.doc2 = await upload(`kind=document&name=d2.pdf&studentId=${ids.student2}`, 'application/pdf', PDF);

  ids.announcementSchool = (await a.post('/api/announcements', { title: 'A', body: 'A', audience: 'school' }).expect(201)).body.id;
  ids.announcementAdmins = (
    await a.post('/api/announcements', { title: 'B', body: 'B', audience: 'role', role: 'admin' }).expect(201)
  ).body.id;
  ids.announcementTeacher = (
    await t
      .as(SCHOOL, tokens.teacher)
      .post('/api/announcements', { title: 'C', body: 'C', audience: 'class', classId: ids.class })
      .expect(201)
  ).body.id;

  // One notification of each user's own; none is reachable by anyone else.
  await runForTenant(t.platform.connections, tenant, async () => {
    for (const r of ROLES) {
      await notify(new Types.ObjectId(users[r]), `matrix:${r}`, { kind: 'results_published', title: 'N', body: 'N' });
    }
  });
  for (const r of ROLES) {
    const list = (await t.as(SCHOOL, tokens[r]).get('/api/notifications?limit=100').expect(200)).body.data as {
      id: string;
      title: string;
    }[];
    ids[`notification-${r}`] = list.find((n) => n.title === 'N')!.id;
  }
  // A message the worker gave up on: the admin may read and resend it (the delivery log is the admin's alone).
  ids.message = await runForTenant(t.platform.connections, tenant, async () => {
    const m = await tenantModel(OutboxModel).create({
      key: 'matrix:message',
      kind: 'announcement',
      category: 'announcements',
      channel: 'email',
      to: 'g1@rm.test',
      vars: { title: 'M', body: 'M' },
      state: 'dead',
      attempts: 8,
      nextAttemptAt: new Date(),
    });
    return m._id.toString();
  });
  ids.spareUser = (await a.post('/api/users', { name: 'U', email: 'u@rm.test', role: 'teacher' }).expect(201)).body.id;
}, 120_000);
afterAll(() => t.close());

/**
 * For each named scope and role: ids inside the caller's scope (the first is used) and outside it
 * (each is tried). A role whose route refuses it needs no entry.
 */
function scopes(): Record<string, Partial<Record<Role, { in: string[]; out: string[] }>>> {
  const everyone = (inside: string[], outside: string[] = []) =>
    Object.fromEntries(ROLES.map((r) => [r, { in: inside, out: outside }])) as Record<Role, { in: string[]; out: string[] }>;
  const byStudent = (one: string, two: string) => ({
    admin: { in: [one], out: [] },
    staff: { in: [one], out: [] },
    teacher: { in: [one], out: [two] },
    parent: { in: [one], out: [two] },
    student: { in: [one], out: [two] },
  });
  return {
    student: byStudent(ids.student1!, ids.student2!),
    invoice: byStudent(ids.invoice1!, ids.invoice2!),
    section: byStudent(ids.section1!, ids.section2!),
    guardian: {
      admin: { in: [ids.guardian1!], out: [] },
      staff: { in: [ids.guardian1!], out: [] },
      teacher: { in: [ids.guardian1!], out: [ids.guardian2!] },
      parent: { in: [ids.guardian1!], out: [ids.guardian2!] },
      student: { in: [], out: [ids.guardian1!] },
    },
    exam: {
      admin: { in: [ids.examDraft!], out: [] },
      staff: { in: [ids.examDraft!], out: [] },
      teacher: { in: [ids.examDraft!], out: [] },
      parent: { in: [ids.examPublished!], out: [ids.examDraft!] },
      student: { in: [ids.examPublished!], out: [ids.examDraft!] },
    },
    // A section's report cards as one PDF: admins, and its class teacher (this school's teacher leads none).
    'led-section': { admin: { in: [ids.section1!], out: [] }, teacher: { in: [], out: [ids.section1!, ids.section2!] } },
    file: {
      admin: { in: [ids.doc1!, ids.photo1!, ids.logo!], out: [] },
      // This school's staff have no `people`: the logo only.
      staff: { in: [ids.logo!], out: [ids.doc1!, ids.photo1!] },
      teacher: { in: [ids.photo1!, ids.logo!], out: [ids.photo2!, ids.doc1!] },
      parent: { in: [ids.photo1!, ids.logo!], out: [ids.photo2!, ids.doc1!] },
      student: { in: [ids.photo1!, ids.logo!], out: [ids.photo2!, ids.doc1!] },
    },
    // Changing files is the office's (their delete): the logo is the admin's alone.
    'managed-file': {
      admin: { in: [ids.doc1!, ids.photo1!, ids.logo!], out: [] },
      staff: { in: [], out: [ids.logo!, ids.doc1!, ids.photo1!] },
    },
    logo: everyone([ids.logo!], [ids.photo1!, ids.doc1!]),
    announcement: {
      ...everyone([ids.announcementSchool!], [ids.announcementAdmins!]),
      admin: { in: [ids.announcementSchool!], out: [] },
    },
    'own-announcement': {
      admin: { in: [ids.announcementSchool!], out: [] },
      teacher: { in: [ids.announcementTeacher!], out: [ids.announcementSchool!, ids.announcementAdmins!] },
    },
    // SMS delivery reports (public, signed by the provider): no role has a signed report to send; an id that is no message of the school is 404.
    message: everyone([], [ids.student1!]),
    notification: Object.fromEntries(
      ROLES.map((r) => [r, { in: [ids[`notification-${r}`]!], out: ROLES.filter((o) => o !== r).map((o) => ids[`notification-${o}`]!) }]),
    ),
  };
}

/** The record a path's `{id}` means when the route's scope is the whole school. */
function schoolRecord(path: string): string | undefined {
  const resource: [RegExp, string][] = [
    [/^\/api\/academic-years\//, 'year'],
    [/^\/api\/grade-levels\//, 'grade'],
    [/^\/api\/classes\//, 'class'],
    [/^\/api\/subjects\//, 'subject'],
    [/^\/api\/assignments\//, 'assignment'],
    [/^\/api\/students\//, 'student2'],
    [/^\/api\/guardians\//, 'guardian2'],
    [/^\/api\/teachers\//, 'teacher2'],
    [/^\/api\/timetable\//, 'period'],
    [/^\/api\/grading-scales\//, 'scale'],
    [/^\/api\/fees\/structures\//, 'structure'],
    [/^\/api\/fees\/discounts\//, 'discount'],
    [/^\/api\/admissions\//, 'application'],
    [/^\/api\/users\//, 'spareUser'],
    [/^\/api\/rollover\//, 'batch'],
    [/^\/api\/messages\//, 'message'],
  ];
  const kind = resource.find(([re]) => re.test(path))?.[1];
  return kind ? ids[kind] : undefined;
}

/** The URL of `path` with its scoped parameter set to `scoped` and the others to records in everyone's reach. */
function urlFor(path: string, op: Operation, scoped: string | undefined): string | undefined {
  const scope = op['x-scope']!;
  const scopedParam = path.includes(`{${scope}Id}`) ? `${scope}Id` : 'id';
  const values: Record<string, string | undefined> = {
    id: schoolRecord(path),
    sectionId: ids.section1,
    studentId: ids.student1,
    guardianId: ids.guardian1,
    termId: ids.term,
    date: DATE,
    kind: 'students',
  };
  if (scope !== 'school') values[scopedParam] = scoped;
  let url = path;
  for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
    const v = values[name!];
    if (!v) return undefined;
    url = url.replace(`{${name}}`, v);
  }
  // Required query parameters (e.g. the section of an exam's marks): a value in the caller's reach.
  const query = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=${values[p.name] ?? ''}`);
  return query.length ? `${url}?${query.join('&')}` : url;
}

async function call(method: string, url: string, role: Role) {
  const req = request(t.app)[method as 'get'](url).set('X-Tenant-ID', SCHOOL).set(bearer(tokens[role]));
  return method === 'get' || method === 'delete' ? req : req.send({});
}

async function snapshot(): Promise<string> {
  const a = t.as(SCHOOL, tokens.admin);
  const gets = [
    ...['students', 'guardians', 'teachers', 'exams', 'assignments', 'timetable', 'admissions', 'fees/structures'].map(
      (l) => `/api/${l}/export.csv?limit=100`,
    ),
    '/api/files?limit=100',
    '/api/fees/invoices?limit=100',
    '/api/announcements?limit=100',
    '/api/messages?limit=100',
    `/api/users/${ids.spareUser}`,
    `/api/exams/${ids.examDraft}/marks?sectionId=${ids.section1}`,
    `/api/exams/${ids.examDraft}/marks?sectionId=${ids.section2}`,
    `/api/attendance/sections/${ids.section2}/${DATE}`,
  ];
  const parts = await Promise.all(gets.map(async (g) => (await a.get(g).expect(200)).text));
  // Notifications are read per user: each user's own list.
  for (const r of ROLES) parts.push((await t.as(SCHOOL, tokens[r]).get('/api/notifications?limit=100').expect(200)).text);
  return parts.join('\n');
}

interface Planned {
  method: string;
  path: string;
  role: Role;
  url: string;
  expect: 'refused' | 'out' | 'in';
}

/** The findings of the issue (item 4), each as the user who found it would try it. */
describe('row scopes of single records', () => {
  const get = (role: Role, url: string) => t.as(SCHOOL, tokens[role]).get(url);

  it('a teacher does not read the term results (draft marks included) of a section they do not teach', async () => {
    await get('teacher', `/api/gradebook/sections/${ids.section1}/terms/${ids.term}`).expect(200);
    const res = await get('teacher', `/api/gradebook/sections/${ids.section2}/terms/${ids.term}`);
    expect([403, 404]).toContain(res.status);
    expect(JSON.stringify(res.body)).not.toContain(ids.student2);
  });

  it("a student's photo is reached only by who may see the student; documents by the office", async () => {
    for (const role of ['teacher', 'parent', 'student'] as const) {
      await get(role, `/api/files/${ids.photo1}/content`).expect(200);
      await get(role, `/api/files/${ids.photo2}/content`).expect(404);
      await get(role, `/api/files/${ids.photo2}`).expect(404);
      await get(role, `/api/files/${ids.doc1}/content`).expect(404);
    }
    await get('admin', `/api/files/${ids.doc2}/content`).expect(200);
  });

  it('staff the school did not open people to neither list nor download student documents', async () => {
    const listed = (await get('staff', '/api/files?limit=100').expect(200)).body.data as { kind: string; studentId: string | null }[];
    expect(listed.filter((f) => f.kind === 'document' || f.studentId)).toEqual([]);
    expect((await get('staff', '/api/files?kind=document').expect(200)).body.data).toEqual([]);
    await get('staff', `/api/files/${ids.doc1}/content`).expect(404);
    await get('staff', `/api/files/${ids.photo1}/content`).expect(404);
    await get('staff', `/api/files/${ids.logo}/content`).expect(200);
    // Nor do they change the school's branding: the logo is the admin's.
    await t.as(SCHOOL, tokens.staff).delete(`/api/files/${ids.logo}`).expect(403);
    await get('staff', `/api/files/${ids.logo}/content`).expect(200);
  });

  it('parents and students do not read a draft exam by id (the list hides drafts too)', async () => {
    for (const role of ['parent', 'student'] as const) {
      await get(role, `/api/exams/${ids.examPublished}`).expect(200);
      const res = await get(role, `/api/exams/${ids.examDraft}`).expect(404);
      expect(res.body).toEqual({ message: expect.any(String), error: 'NOT_FOUND' });
      const list = (await get(role, '/api/exams?limit=100').expect(200)).body.data as { id: string }[];
      expect(list.map((e) => e.id)).not.toContain(ids.examDraft);
    }
    await get('teacher', `/api/exams/${ids.examDraft}`).expect(200);
  });

  it('a teacher or staff member whose staff record is left loses access at once', async () => {
    const a = t.as(SCHOOL, tokens.admin);
    const [teacherId, token] = await withAccount('/api/teachers', { kind: 'teacher', firstName: 'L', lastName: 'Left' }, 'left@rm.test');
    const [staffId, staffToken] = await withAccount('/api/teachers', { kind: 'staff', firstName: 'L', lastName: 'Gone' }, 'gone@rm.test');
    await t.as(SCHOOL, token).get('/api/assignments/mine').expect(200);
    await t.as(SCHOOL, staffToken).get('/api/auth/me').expect(200);
    await a.patch(`/api/teachers/${teacherId}`, { status: 'left' }).expect(200);
    await a.patch(`/api/teachers/${staffId}`, { status: 'left' }).expect(200);
    // The same, still unexpired tokens: refused on the very next request.
    const res = await t.as(SCHOOL, token).get('/api/assignments/mine').expect(403);
    expect(res.body.error).toBe('USER_DISABLED');
    await t.as(SCHOOL, token).get(`/api/students/${ids.student1}`).expect(403);
    await t.as(SCHOOL, staffToken).get('/api/auth/me').expect(403);
    // Nor can they sign in again.
    const signIn = await request(t.app)
      .post('/api/auth/login')
      .set('X-Tenant-ID', SCHOOL)
      .send({ email: 'left@rm.test', password: PASSWORD });
    expect([signIn.status, signIn.body.error]).toEqual([403, 'USER_DISABLED']);
    // On leave is not left.
    await a.patch(`/api/teachers/${teacherId}`, { status: 'on_leave' }).expect(200);
    await t.as(SCHOOL, token).get('/api/assignments/mine').expect(200);
  });
});

describe('in-school role matrix', () => {
  it('refuses every id-bearing route outside the role and the row scope, and serves it inside', async () => {
    const doc = (await request(t.app).get('/api/openapi.json').expect(200)).body as { paths: Record<string, Record<string, Operation>> };
    const table = scopes();
    const plan: Planned[] = [];
    const problems: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const scope = op['x-scope'];
        // Every school or public operation naming a record declares its scope (ApiRouter refuses otherwise).
        if (/\{(id|\w+Id)\}/.test(path) && !path.startsWith('/api/superadmin') && !scope) problems.push(`${method} ${path}: no x-scope`);
        if (!scope) continue;
        for (const role of ROLES) {
          const area = op['x-staff-area'];
          const allowed = (!op['x-roles'] || op['x-roles'].includes(role)) && !(role === 'staff' && area && !STAFF_ACCESS.includes(area));
          const entry = scope === 'school' ? { in: [undefined], out: [] } : table[scope]?.[role];
          if (!allowed) {
            const url = urlFor(path, op, entry?.in[0] ?? entry?.out[0] ?? ids.student1);
            if (url) plan.push({ method, path, role, url, expect: 'refused' });
            else problems.push(`${method} ${path}: no value for a path parameter`);
            continue;
          }
          // A role may have nothing in a scope (this school's staff manage no file), if scopes() says so with out-records.
          if (!entry || (!entry.in.length && !entry.out.length)) {
            problems.push(`${method} ${path} as ${role}: no record in scope "${scope}" for this role (add it to scopes())`);
            continue;
          }
          for (const out of entry.out) plan.push({ method, path, role, url: urlFor(path, op, out)!, expect: 'out' });
          if (!entry.in.length) continue;
          const url = urlFor(path, op, entry.in[0]);
          if (url) plan.push({ method, path, role, url, expect: 'in' });
          else problems.push(`${method} ${path}: no value for a path parameter`);
        }
      }
    }
    expect(problems).toEqual([]);

    const outcomes: Record<string, Record<number, number>> = { refused: {}, out: {}, in: {} };
    const check = async (p: Planned) => {
      const res = await call(p.method, p.url, p.role);
      outcomes[p.expect]![res.status] = (outcomes[p.expect]![res.status] ?? 0) + 1;
      const ok =
        p.expect === 'refused'
          ? res.status === 403
          : p.expect === 'out'
            ? [403, 404].includes(res.status)
            : p.method === 'get'
              ? res.status >= 200 && res.status < 300
              : ![401, 403, 404].includes(res.status) && res.status < 500;
      if (!ok)
        problems.push(
          `${p.role} ${p.method.toUpperCase()} ${p.url} (${p.expect}) → ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`,
        );
    };

    // Refused and out-of-scope calls first: they must leave everything as it was.
    const before = await snapshot();
    for (const p of plan.filter((x) => x.expect !== 'in')) await check(p);
    expect(await snapshot()).toBe(before);
    // Then the calls in scope; deletes last (they may remove what the others use).
    for (const p of plan.filter((x) => x.expect === 'in' && x.method !== 'delete')) await check(p);
    // Exams before assignments: a teacher deletes a test of a subject they still teach.
    const deletes = plan.filter((x) => x.expect === 'in' && x.method === 'delete');
    for (const p of [...deletes.filter((x) => x.path.startsWith('/api/exams')), ...deletes.filter((x) => !x.path.startsWith('/api/exams'))])
      await check(p);

    console.info(`role matrix: ${plan.length} calls; statuses ${JSON.stringify(outcomes)}`);
    expect(problems).toEqual([]);
    expect(plan.filter((p) => p.expect === 'out').length).toBeGreaterThan(40);
    expect(new Set(plan.map((p) => `${p.method} ${p.path}`)).size).toBeGreaterThan(60);
  }, 120_000);
});
