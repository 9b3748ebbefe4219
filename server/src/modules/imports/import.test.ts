import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let admin: string;

const upload = (kind: string, csv: string, qs = '', school = 'imp', token = admin) =>
  request(t.app).post(`/api/import/${kind}${qs}`).set('X-Tenant-ID', school).set(bearer(token)).set('Content-Type', 'text/csv').send(csv);
const get = (url: string) => request(t.app).get(url).set('X-Tenant-ID', 'imp').set(bearer(admin));

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('imp', { limits: { maxStudents: 5 } });
  admin = (await t.login('imp')).accessToken;
  const post = (url: string, body: object) => request(t.app).post(url).set('X-Tenant-ID', 'imp').set(bearer(admin)).send(body);
  const year = (await post('/api/academic-years', { name: 'Y', startDate: '2020-09-01', endDate: '2030-07-01' }).expect(201)).body.id;
  const grade = (await post('/api/grade-levels', { name: 'G', order: 1 }).expect(201)).body.id;
  await post('/api/classes', { name: '1A', academicYearId: year, gradeLevelId: grade, sections: [{ name: 'Red' }] }).expect(201);
  await post('/api/guardians', { firstName: 'Existing', lastName: 'Parent', contact: { email: 'known@imp.test' } }).expect(201);
});
afterAll(() => t.close());

const good = [
  'First name,Surname,Date of birth,class,section,guardian1FirstName,guardian1LastName,guardian1Email,guardian1Phone',
  'Ann,Lee,2015-03-01,1A,Red,Mia,Lee,mia@imp.test,',
  'Ben,Lee,2016-04-02,1A,Red,Mia,Lee,MIA@imp.test,',
  'Cat,Ng,2015-05-03,1A,Red,,,known@imp.test,',
].join('\n');
const mapping = `?mapping=${encodeURIComponent(JSON.stringify({ firstName: 'First name', lastName: 'Surname' }))}`;

describe('CSV import', () => {
  it('dry-runs a file and reports every bad row with line, field and reason, writing nothing', async () => {
    const bad = [
      'firstName,lastName,dateOfBirth,class,section,guardian1FirstName,guardian1Email',
      'Ok,Row,2015-01-01,1A,Red,,',
      ',Nofirst,2015-01-01,1A,Red,,',
      'Bad,Date,2015-13-45,1A,Red,,',
      'No,Class,2015-01-01,9Z,Red,,',
      'No,Contact,2015-01-01,1A,Red,Gus,',
    ].join('\n');
    const res = await upload('students', bad, '?dryRun=false').expect(200);
    expect(res.body).toMatchObject({ valid: false, rows: 5, created: 0 });
    expect(res.body.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [3, 'firstName'],
      [4, 'dateOfBirth'],
      [5, 'class'],
      [6, 'guardian1Email'],
    ]);
    expect(res.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'Row 3: first name is missing',
      'Row 4: date of birth must be a date like 2014-03-09',
      'Row 5: no class "9Z" in the current year',
      'Row 6: a guardian needs an email or a phone to be matched',
    ]);
    expect((await get('/api/students').expect(200)).body.total).toBe(0);
  });

  it('words validator complaints as people write them, naming the column', async () => {
    const csv = ['firstName,lastName,gender,email,guardian1Email', `Ann,${'L'.repeat(61)},robot,not-mail,x@`].join('\n');
    const res = await upload('students', csv).expect(200);
    expect(res.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'Row 2: last name is too long (at most 60 characters)',
      'Row 2: gender must be one of: female, male, other, unspecified',
      'Row 2: email is not an email address',
      'Row 2: guardian 1 email is not an email address',
    ]);
    for (const e of res.body.errors as { reason: string }[]) expect(e.reason).not.toMatch(/expected|Too (small|big)|Invalid/);
  });

  it("says each problem in the request's language, naming the column in its words; the fields stay codes", async () => {
    const csv = [
      'firstName,lastName,dateOfBirth,class,section,phone,guardian1FirstName,guardian1Email',
      ',Lee,2015-13-45,9Z,Red,12,Gus,x@',
    ].join('\n');
    const fr = await upload('students', csv).set('Accept-Language', 'fr').expect(200);
    expect(fr.body.errors.map((e: { field: string; message: string }) => [e.field, e.message])).toEqual([
      ['firstName', 'Ligne 2 : la colonne « prénom » est vide'],
      ['dateOfBirth', 'Ligne 2 : la colonne « date de naissance » doit être une date comme 2014-03-09'],
      ['phone', expect.stringMatching(/^Ligne 2 : colonne « téléphone » : (?!Not a valid)/)],
      ['guardian1Email', "Ligne 2 : la colonne « e-mail du responsable 1 » n'est pas une adresse e-mail"],
    ]);
    const ar = await upload('students', csv).set('Accept-Language', 'ar').expect(200);
    expect(ar.body.errors[0]).toMatchObject({
      field: 'firstName',
      reason: 'العمود «الاسم الأول» فارغ',
      message: 'السطر 2: العمود «الاسم الأول» فارغ',
    });
    // Rows that pass the validator are planned: their problems are said in the language too.
    const planned = await upload('students', 'firstName,lastName,class,section\nAnn,Lee,9Z,Red').set('Accept-Language', 'es').expect(200);
    expect(planned.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'Fila 2: no hay ninguna clase «9Z» en el curso actual',
    ]);
  });

  it('adds students with a column mapping, creating each new guardian once and linking known ones', async () => {
    const dry = await upload('students', good, `${mapping}&dryRun=true`).expect(200);
    expect(dry.body).toMatchObject({ valid: true, dryRun: true, created: 0 });
    const res = await upload('students', good, `${mapping}&dryRun=false`).expect(200);
    expect(res.body).toMatchObject({ valid: true, created: 3, guardiansCreated: 1 });
    const students = (await get('/api/students?sort=firstName').expect(200)).body.data;
    expect(students.map((s: { admissionNumber: string }) => s.admissionNumber)).toEqual([
      'IMP-2020-0001',
      'IMP-2020-0002',
      'IMP-2020-0003',
    ]);
    expect(students[0].guardianIds).toEqual(students[1].guardianIds);
    const guardians = (await get('/api/guardians').expect(200)).body;
    expect(guardians.total).toBe(2);
    const known = guardians.data.find((g: { firstName: string }) => g.firstName === 'Existing');
    expect(students[2].guardianIds).toEqual([known.id]);
    expect(students[0].sectionId).not.toBeNull();
  });

  it('updates by admission number, and refuses unknown ones', async () => {
    const csv = 'admissionNumber,firstName,lastName\nIMP-2020-0001,Anna,Lee\nIMP-2099-9999,Ghost,Row';
    const res = await upload('students', csv, '?mode=update&dryRun=false').expect(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.errors).toEqual([
      {
        line: 3,
        field: 'admissionNumber',
        reason: 'No student with this admission number',
        message: 'Row 3: no student with this admission number',
      },
    ]);
    const ok = await upload('students', csv.split('\n').slice(0, 2).join('\n'), '?mode=update&dryRun=false').expect(200);
    expect(ok.body).toMatchObject({ valid: true, updated: 1 });
    expect((await get('/api/students?search=Anna').expect(200)).body.total).toBe(1);
  });

  it('refuses a file that would pass the plan limit, as a whole', async () => {
    const csv = 'firstName,lastName\nA,X\nB,X\nC,X';
    const res = await upload('students', csv, '?dryRun=false').expect(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.errors[0].reason).toMatch(/^QUOTA_EXCEEDED/);
    expect((await get('/api/students').expect(200)).body.total).toBe(3);
  });

  it('imports teachers and guardians, refuses malformed CSV, unknown mapping fields and non-admins', async () => {
    expect(
      (await upload('teachers', 'firstName,lastName,kind\nTia,T,teacher\nSam,S,staff', '?dryRun=false').expect(200)).body.created,
    ).toBe(2);
    expect(
      (await upload('guardians', 'firstName,lastName,email\nZoe,Z,zoe@imp.test\nZoe,Z,zoe@imp.test', '?dryRun=false').expect(200)).body
        .valid,
    ).toBe(false);
    expect((await upload('students', 'a,b\n"unclosed,x', '?dryRun=true').expect(400)).body.error).toBe('INVALID_CSV');
    expect((await upload('students', good, `?mapping=${encodeURIComponent('{"nope":"x"}')}`).expect(400)).body.error).toBe(
      'VALIDATION_ERROR',
    );
    const teacher = await t.userWithRole('imp', 'teacher', admin);
    await upload('students', good, '', 'imp', teacher.accessToken).expect(403);
    const template = await get('/api/import/students/template.csv').expect(200);
    expect(template.text.split('\r\n')[0]).toContain('guardian1Email');
  });
});
