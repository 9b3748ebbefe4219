import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let admin: string;

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('aud-a');
  await t.school('aud-b');
  admin = (await t.login('aud-a')).accessToken;
});
afterAll(() => t.close());

type Entry = { model: string; action: string; recordId: string | null; recordName: string | null; actorName: string | null };

describe('audit log', () => {
  it("names the records and the actor (a student's name, a class's name), keeping the ids", async () => {
    const a = t.as('aud-a', admin);
    const { yearId: year, gradeId: grade, termId } = await t.setUpYear('aud-a', admin);
    const cls = (
      await a
        .post('/api/classes', { name: 'Year 5 Blue', academicYearId: year, gradeLevelId: grade, sections: [{ name: 'A' }] })
        .expect(201)
    ).body;
    const student = (
      await a.post('/api/students', { firstName: 'Priya', lastName: 'Brown', classId: cls.id, sectionId: cls.sections[0].id }).expect(201)
    ).body;
    const gone = (await a.post('/api/subjects', { code: 'GONE', name: 'Gone' }).expect(201)).body;
    const fees = (
      await a
        .post('/api/fees/structures', {
          name: 'Term fees',
          termId,
          gradeLevelId: grade,
          items: [{ name: 'Tuition', amount: 10_000 }],
          dueDate: '2026-01-15',
        })
        .expect(201)
    ).body;
    const [invoice] = (await a.post(`/api/fees/structures/${fees.id}/invoices`, { classId: cls.id }).expect(200)).body.invoices;
    await a.post(`/api/fees/invoices/${invoice.id}/payments`, { amount: 2_500, method: 'cash' }).expect(201);
    await a.delete(`/api/subjects/${gone.id}`).expect(204);

    const entries = (await a.get('/api/audit?limit=50').expect(200)).body.data as Entry[];
    const find = (model: string, id: string, action = 'create') =>
      entries.find((e) => e.model === model && e.recordId === id && e.action === action);
    expect(find('Student', student.id)).toMatchObject({ recordName: 'Priya Brown', actorName: expect.any(String) });
    expect(find('Class', cls.id)).toMatchObject({ recordName: 'Year 5 Blue' });
    // An invoice is named by its number alone: the reader's client says "Invoice" (or "فاتورة") in their language.
    const paid = entries.find((e) => e.model === 'Invoice' && e.recordId === invoice.id && e.action === 'payment');
    expect(paid?.recordName).toMatch(/^INV-\d{4}-\d+$/);
    // A deleted record has no name any more: its id stays.
    expect(find('Subject', gone.id, 'delete')).toMatchObject({ recordName: null, recordId: gone.id });

    // The CSV keeps the ids beside the names, with the list's filters.
    const csv = await a.get('/api/audit/export.csv?model=Student').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const [header, ...lines] = csv.text.trim().split(/\r?\n/);
    expect(header).toBe('at,actorId,actorName,action,model,recordId,recordName,fields,ip,userAgent');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`,create,Student,${student.id},Priya Brown,`);
  });

  it("is the school's own: another school's admin sees none of it", async () => {
    const other = (await t.login('aud-b')).accessToken;
    const entries = (await t.as('aud-b', other).get('/api/audit?limit=100').expect(200)).body.data as Entry[];
    expect(entries.some((e) => e.recordName === 'Priya Brown')).toBe(false);
    expect((await t.as('aud-b', other).get('/api/audit/export.csv').expect(200)).text).not.toContain('Priya');
  });
});
