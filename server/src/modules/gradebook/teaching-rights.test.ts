import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

/**
 * What a teacher may do in the gradebook beyond entering marks (issue 13 item 8), and the section's report
 * cards as one PDF, read back with poppler's pdftotext/pdfimages as a person would read the printout.
 */
let t: TestPlatform;
let admin: string;
let classTeacher: string; // teaches MATH in 7A/A and leads 7A/A
let subjectTeacher: string; // teaches ENG in 7A/B only
let termId: string;
let classId: string;
let sectionA: string;
let sectionB: string;
let math: string;
let eng: string;
const kids: Record<string, string> = {};
const dir = mkdtempSync(join(tmpdir(), 'cards-'));

const as = (token: string) => t.as('tr', token);
const binary = (r: request.Test) =>
  r.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
function pdfText(pdf: Buffer): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
function pdfImages(pdf: Buffer): number {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;
}

/** A real 2×2 PNG (red), small enough to build here. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const raw = Buffer.from([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('tr');
  admin = (await t.login('tr')).accessToken;
  const a = as(admin);
  const year = (
    await a
      .post('/api/academic-years', {
        name: '2025/26',
        startDate: '2025-09-01',
        endDate: '2026-07-01',
        terms: [{ name: 'Term 1', startDate: '2025-09-01', endDate: '2025-12-20' }],
      })
      .expect(201)
  ).body;
  termId = year.terms[0].id;
  const grade = (await a.post('/api/grade-levels', { name: 'G7', order: 7 }).expect(201)).body.id;
  const tia = await a.post('/api/teachers', { firstName: 'Tia', lastName: 'Lead', account: { email: 'tia@tr.test' } }).expect(201);
  const tom = await a.post('/api/teachers', { firstName: 'Tom', lastName: 'Eng', account: { email: 'tom@tr.test' } }).expect(201);
  classTeacher = await t.acceptInvitation('tr', tia.body.invitation, 'tia@tr.test');
  subjectTeacher = await t.acceptInvitation('tr', tom.body.invitation, 'tom@tr.test');
  const cls = (
    await a
      .post('/api/classes', {
        name: '7A',
        academicYearId: year.id,
        gradeLevelId: grade,
        sections: [{ name: 'A', homeroomTeacherId: tia.body.id }, { name: 'B' }],
      })
      .expect(201)
  ).body;
  classId = cls.id;
  [sectionA, sectionB] = cls.sections.map((s: { id: string }) => s.id);
  math = (await a.post('/api/subjects', { code: 'MATH', name: 'Mathematics' }).expect(201)).body.id;
  eng = (await a.post('/api/subjects', { code: 'ENG', name: 'English' }).expect(201)).body.id;
  await a.post('/api/assignments', { classId, sectionId: sectionA, subjectId: math, teacherId: tia.body.id }).expect(201);
  await a.post('/api/assignments', { classId, sectionId: sectionB, subjectId: eng, teacherId: tom.body.id }).expect(201);
  for (const n of ['Ann', 'Ben'])
    kids[n] = (await a.post('/api/students', { firstName: n, lastName: 'Q', classId, sectionId: sectionA }).expect(201)).body.id;
  kids.Dan = (await a.post('/api/students', { firstName: 'Dan', lastName: 'Q', classId, sectionId: sectionB }).expect(201)).body.id;
});
afterAll(() => t.close());

describe('a teacher sets a test', () => {
  it('for a subject they teach in that class, and no other', async () => {
    const test = { name: 'Fractions quiz', termId, classId, subjectId: math, maxMarks: 20, decimals: 0, date: '2025-10-01' };
    const made = await as(classTeacher).post('/api/exams', test).expect(201);
    expect(made.body).toMatchObject({ name: 'Fractions quiz', decimals: 0, status: 'draft' });
    expect(
      (
        await as(classTeacher)
          .post('/api/exams', { ...test, subjectId: eng })
          .expect(403)
      ).body.error,
    ).toBe('NOT_YOUR_SUBJECT');
    expect(
      (
        await as(subjectTeacher)
          .post('/api/exams', { ...test, name: 'Other' })
          .expect(403)
      ).body.error,
    ).toBe('NOT_YOUR_SUBJECT');
    // The teacher corrects their draft test but does not publish it; the admin does.
    await as(classTeacher).patch(`/api/exams/${made.body.id}`, { maxMarks: 25 }).expect(200);
    expect((await as(classTeacher).patch(`/api/exams/${made.body.id}`, { status: 'published' }).expect(403)).body.error).toBe(
      'ADMIN_PUBLISHES',
    );
    expect((await as(subjectTeacher).patch(`/api/exams/${made.body.id}`, { maxMarks: 30 }).expect(403)).body.error).toBe(
      'NOT_YOUR_SUBJECT',
    );
    expect((await as(subjectTeacher).delete(`/api/exams/${made.body.id}`).expect(403)).body.error).toBe('NOT_YOUR_SUBJECT');
    expect((await as(admin).get(`/api/exams/${made.body.id}`).expect(200)).body.maxMarks).toBe(25);
  });

  it("names the student in every bad mark, keeps the exam's decimals rule, and saves nothing then", async () => {
    const exam = (
      await as(classTeacher)
        .post('/api/exams', { name: 'Mental maths', termId, classId, subjectId: math, maxMarks: 10, decimals: 0, date: '2025-10-02' })
        .expect(201)
    ).body.id;
    const bad = await as(classTeacher)
      .put(`/api/exams/${exam}/marks`, {
        sectionId: sectionA,
        marks: [
          { studentId: kids.Ann, score: 11 },
          { studentId: kids.Ben, score: 7.5 },
        ],
      })
      .expect(400);
    expect(bad.body.details).toEqual([
      { path: 'marks.0.score', message: 'Ann Q: at most 10' },
      { path: 'marks.1.score', message: 'Ben Q: whole marks only' },
    ]);
    const sheet = await as(classTeacher).get(`/api/exams/${exam}/marks?sectionId=${sectionA}`).expect(200);
    expect(sheet.body.decimals).toBe(0);
    expect(sheet.body.students.map((s: { score: number | null; absent: boolean }) => [s.score, s.absent])).toEqual([
      [null, false],
      [null, false],
    ]);
  });
});

describe('report-card remarks', () => {
  it("are the class teacher's for their section and the head's for the admin", async () => {
    const url = (kid: string) => `/api/report-cards/${kid}/terms/${termId}/remarks`;
    const written = await as(classTeacher).put(url(kids.Ann!), { classTeacher: 'Works steadily; reads widely.' }).expect(200);
    expect(written.body).toMatchObject({
      classTeacher: 'Works steadily; reads widely.',
      head: null,
      canWrite: { classTeacher: true, head: false },
    });
    expect((await as(classTeacher).put(url(kids.Ann!), { head: 'Well done.' }).expect(403)).body.error).toBe('HEAD_ONLY');
    // Tom teaches section B but does not lead it: no class-teacher remark; Ann is not his student at all.
    expect((await as(subjectTeacher).put(url(kids.Dan!), { classTeacher: 'Hm.' }).expect(403)).body.error).toBe('NOT_CLASS_TEACHER');
    expect((await as(subjectTeacher).put(url(kids.Ann!), { classTeacher: 'Hm.' })).status).toBeGreaterThanOrEqual(403);
    await as(admin).put(url(kids.Ann!), { head: 'A fine term.' }).expect(200);
    const card = await as(admin).get(`/api/report-cards/${kids.Ann}/terms/${termId}`).expect(200);
    expect(card.body.remarks).toEqual({ classTeacher: 'Works steadily; reads widely.', head: 'A fine term.' });
    expect(card.body.result).not.toHaveProperty('total');
  });
});

describe("a section's report cards as one PDF", () => {
  it('has a page per student with logo, marks out of each maximum, percentages, remarks and signature lines', async () => {
    const a = as(admin);
    const essay = (
      await a.post('/api/exams', { name: 'Essay', termId, classId, subjectId: eng, maxMarks: 20, date: '2025-11-01' }).expect(201)
    ).body.id;
    const final = (
      await a.post('/api/exams', { name: 'Final', termId, classId, subjectId: math, maxMarks: 100, date: '2025-12-01' }).expect(201)
    ).body.id;
    await a
      .put(`/api/exams/${essay}/marks`, {
        sectionId: sectionA,
        marks: [
          { studentId: kids.Ann, score: 15 },
          { studentId: kids.Ben, score: 10 },
        ],
      })
      .expect(200);
    await a
      .put(`/api/exams/${final}/marks`, {
        sectionId: sectionA,
        marks: [
          { studentId: kids.Ann, score: 80 },
          { studentId: kids.Ben, score: null },
        ],
      })
      .expect(200);
    const logo = await request(t.app)
      .post('/api/files?kind=logo&name=crest.png')
      .set('X-Tenant-ID', 'tr')
      .set(bearer(admin))
      .set('Content-Type', 'image/png')
      .send(png())
      .expect(201);
    await a.patch('/api/settings', { theme: { logoUrl: `/api/files/${logo.body.id}/public` } }).expect(200);

    const res = await binary(as(classTeacher).get(`/api/report-cards/sections/${sectionA}/terms/${termId}`)).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    const pages = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim());
    expect(pages).toHaveLength(2);
    const [ann, ben] = pages as [string, string];
    expect(ann).toMatch(/Student: Ann Q/);
    expect(ben).toMatch(/Student: Ben Q/);
    // Ann: ENG 15/20 = 75 %; MATH Final 80/100 = 80 % → average 77.5 %. Raw marks are never summed to 95.
    expect(ann).toMatch(/Essay: 15 \/ 20/);
    expect(ann).toMatch(/Final: 80 \/ 100/);
    expect(ann).toMatch(/Average of subject percentages\s+77\.5 %/);
    expect(ann).not.toMatch(/Total marks|\b95\b/);
    expect(ann).toMatch(/Works steadily; reads widely\./);
    expect(ann).toMatch(/A fine term\./);
    expect(ann).toMatch(/Class teacher \(signature\)/);
    expect(ann).toMatch(/Parent \/ guardian \(signature\)/);
    expect(ben).toMatch(/Final: absent/);
    expect(pdfImages(pdf)).toBe(2); // the logo on each page

    expect((await as(subjectTeacher).get(`/api/report-cards/sections/${sectionB}/terms/${termId}`).expect(403)).body.error).toBe(
      'NOT_CLASS_TEACHER',
    );
    expect((await as(classTeacher).get(`/api/report-cards/sections/${sectionB}/terms/${termId}`).expect(403)).body.error).toBe(
      'NOT_CLASS_TEACHER',
    );
  });
});
