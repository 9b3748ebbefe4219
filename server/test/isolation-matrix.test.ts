import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from './helpers.js';
import { runForTenant, tenantModel } from '../src/tenancy/tenant-context.js';
import { OutboxModel } from '../src/modules/messages/outbox.schema.js';

/**
 * Walks every operation of the OpenAPI document that takes a record id, fills
 * the ids with school A's records and calls it as school B's admin (and, for
 * every school route, with A's token on B's address). Nothing may succeed, and
 * A's data must be exactly as before. New routes are covered without anyone
 * remembering to add them.
 */
let t: TestPlatform;
let adminA: string;
let adminB: string;
const ids: Record<string, string> = {};

interface Operation {
  parameters?: { name: string; in: string }[];
}

beforeAll(async () => {
  t = await startTestPlatform();
  const schoolA = await t.school('iso-a', { plan: 'premium' });
  await t.school('iso-b', { plan: 'premium' });
  adminA = (await t.login('iso-a')).accessToken;
  adminB = (await t.login('iso-b')).accessToken;
  const a = t.as('iso-a', adminA);
  const year = (
    await a
      .post('/api/academic-years', {
        name: 'Y',
        startDate: '2020-09-01',
        endDate: '2030-07-01',
        terms: [{ name: 'T', startDate: '2020-09-01', endDate: '2030-06-01' }],
      })
      .expect(201)
  ).body;
  ids.year = year.id;
  ids.term = year.terms[0].id;
  ids.grade = (await a.post('/api/grade-levels', { name: 'G', order: 1 }).expect(201)).body.id;
  const cls = (
    await a.post('/api/classes', { name: 'C', academicYearId: ids.year, gradeLevelId: ids.grade, sections: [{ name: 'S' }] }).expect(201)
  ).body;
  ids.class = cls.id;
  ids.section = cls.sections[0].id;
  ids.subject = (await a.post('/api/subjects', { code: 'X', name: 'X' }).expect(201)).body.id;
  ids.teacher = (await a.post('/api/teachers', { firstName: 'T', lastName: 'T' }).expect(201)).body.id;
  ids.assignment = (
    await a
      .post('/api/assignments', { classId: ids.class, sectionId: ids.section, subjectId: ids.subject, teacherId: ids.teacher })
      .expect(201)
  ).body.id;
  ids.guardian = (await a.post('/api/guardians', { firstName: 'G', lastName: 'G', contact: { email: 'g@iso.test' } }).expect(201)).body.id;
  ids.student = (
    await a
      .post('/api/students', { firstName: 'S', lastName: 'S', classId: ids.class, sectionId: ids.section, guardianIds: [ids.guardian] })
      .expect(201)
  ).body.id;
  ids.period = (
    await a
      .post('/api/timetable', {
        classId: ids.class,
        sectionId: ids.section,
        day: 'mon',
        start: '08:00',
        end: '09:00',
        subjectId: ids.subject,
        teacherId: ids.teacher,
      })
      .expect(201)
  ).body.id;
  ids.exam = (
    await a.post('/api/exams', { name: 'E', termId: ids.term, classId: ids.class, subjectId: ids.subject, maxMarks: 10 }).expect(201)
  ).body.id;
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
        dueDate: '2029-01-01',
      })
      .expect(201)
  ).body.id;
  ids.invoice = (await a.post(`/api/fees/structures/${ids.structure}/invoices`, {}).expect(200)).body.invoices[0].id;
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
  ids.announcement = (await a.post('/api/announcements', { title: 'A', body: 'A', audience: 'school' }).expect(201)).body.id;
  ids.file = (
    await request(t.app)
      .post('/api/files?kind=logo&name=crest.png')
      .set('X-Tenant-ID', 'iso-a')
      .set(bearer(adminA))
      .set('Content-Type', 'image/png')
      .send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]))
      .expect(201)
  ).body.id;
  ids.message = await runForTenant(t.platform.connections, schoolA, async () => {
    const m = await tenantModel(OutboxModel).create({
      key: 'iso:message',
      kind: 'announcement',
      category: 'announcements',
      channel: 'email',
      to: 'g@iso.test',
      vars: { title: 'M', body: 'M' },
      state: 'failed',
      attempts: 2,
      nextAttemptAt: new Date(),
    });
    return m._id.toString();
  });
  ids.user = (await a.post('/api/users', { name: 'U', email: 'u@iso.test', role: 'teacher' }).expect(201)).body.id;
});
afterAll(() => t.close());

/** Which of A's ids a path's parameters mean. */
function fill(path: string): string | undefined {
  const resource: [RegExp, string][] = [
    [/^\/api\/academic-years\//, 'year'],
    [/^\/api\/grade-levels\//, 'grade'],
    [/^\/api\/classes\//, 'class'],
    [/^\/api\/subjects\//, 'subject'],
    [/^\/api\/assignments\//, 'assignment'],
    [/^\/api\/students\//, 'student'],
    [/^\/api\/guardians\//, 'guardian'],
    [/^\/api\/teachers\//, 'teacher'],
    [/^\/api\/timetable\//, 'period'],
    [/^\/api\/exams\//, 'exam'],
    [/^\/api\/grading-scales\//, 'scale'],
    [/^\/api\/fees\/structures\//, 'structure'],
    [/^\/api\/fees\/invoices\//, 'invoice'],
    [/^\/api\/fees\/discounts\//, 'discount'],
    [/^\/api\/fees\/students\//, 'student'],
    [/^\/api\/admissions\//, 'application'],
    [/^\/api\/announcements\//, 'announcement'],
    [/^\/api\/users\//, 'user'],
    [/^\/api\/files\//, 'file'],
    [/^\/api\/notifications\//, 'announcement'], // any id of A's: B's admin has no such notification
    [/^\/api\/rollover\//, 'class'],
    [/^\/api\/messages\//, 'message'],
  ];
  const kind = resource.find(([re]) => re.test(path))?.[1];
  let url = path;
  const values: Record<string, string | undefined> = {
    id: kind ? ids[kind] : undefined,
    sectionId: ids.section,
    studentId: ids.student,
    guardianId: ids.guardian,
    termId: ids.term,
    date: '2026-01-05',
    kind: 'students',
  };
  for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
    const v = values[name as string];
    if (!v) return undefined;
    url = url.replace(`{${name}}`, v);
  }
  return url;
}

async function snapshot(): Promise<string> {
  const a = t.as('iso-a', adminA);
  const lists = [
    'academic-years',
    'grade-levels',
    'classes',
    'subjects',
    'assignments',
    'students',
    'guardians',
    'teachers',
    'timetable',
    'exams',
    'grading-scales',
    'fees/structures',
    'fees/discounts',
    'admissions',
  ];
  const parts = await Promise.all(lists.map(async (l) => (await a.get(`/api/${l}/export.csv?limit=100`).expect(200)).text));
  parts.push(JSON.stringify((await a.get(`/api/fees/invoices/${ids.invoice}`).expect(200)).body));
  parts.push(JSON.stringify((await a.get(`/api/users/${ids.user}`).expect(200)).body));
  parts.push(JSON.stringify((await a.get('/api/files?limit=100').expect(200)).body));
  parts.push(JSON.stringify((await a.get(`/api/messages/${ids.message}`).expect(200)).body));
  parts.push(JSON.stringify((await a.get(`/api/exams/${ids.exam}/marks?sectionId=${ids.section}`).expect(200)).body));
  return parts.join('\n');
}

describe('isolation matrix', () => {
  it("refuses every id-bearing route with school B's admin and school A's ids, and leaves A's data unchanged", async () => {
    const doc = (await request(t.app).get('/api/openapi.json').expect(200)).body as { paths: Record<string, Record<string, Operation>> };
    const before = await snapshot();
    const tried: string[] = [];
    const failures: string[] = [];
    const outcomes: Record<number, number> = {};
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (!/\{(id|sectionId|studentId|termId)\}/.test(path) || path.startsWith('/api/superadmin')) continue;
      const url = fill(path);
      expect({ path, url }).toEqual({ path, url: expect.any(String) });
      for (const method of Object.keys(methods)) {
        const req = request(t.app)[method as 'get'](url!).set('X-Tenant-ID', 'iso-b').set(bearer(adminB));
        const res = method === 'get' || method === 'delete' ? await req : await req.send({});
        tried.push(`${method.toUpperCase()} ${path} → ${res.status}`);
        outcomes[res.status] = (outcomes[res.status] ?? 0) + 1;
        // 404/403: refused at the lookup; 400: refused before reaching any data (the body {} is not valid).
        if (![400, 403, 404].includes(res.status))
          failures.push(`${method.toUpperCase()} ${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }
    console.info(`isolation matrix: ${tried.length} calls with B's admin and A's ids; statuses ${JSON.stringify(outcomes)}`);
    expect(failures).toEqual([]);
    expect(tried.length).toBeGreaterThan(50);
    expect(await snapshot()).toBe(before);
  });

  it("refuses A's token on B's address for every school route", async () => {
    const doc = (await request(t.app).get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    let count = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if (!JSON.stringify(op.security ?? []).includes('schoolToken')) continue;
        const url = fill(path) ?? path.replace(/\{\w+\}/g, '0123456789abcdef01234567');
        const res = await request(t.app)[method as 'get'](url).set('Host', 'iso-b.localhost').set(bearer(adminA));
        expect({ call: `${method} ${path}`, status: res.status, error: res.body.error }).toEqual({
          call: `${method} ${path}`,
          status: 403,
          error: 'TENANT_MISMATCH',
        });
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});
