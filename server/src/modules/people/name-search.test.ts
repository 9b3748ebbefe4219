import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

/**
 * The two searches the office uses most, the students list and the fees list, find a name whatever its accents
 * and case, in Latin, Greek and Cyrillic script; name lists sort in the school's locale where the database can.
 */
let t: TestPlatform;
let admin: string;
const NAMES = [
  ['José', 'Ñúñez'],
  ['Zoë', 'Adams'],
  ['Ολυμπία', 'Παπαδοπούλου'],
  ['Алексей', 'Иванов'],
  ['Jose', 'Nunez'],
  ['Émile', 'Zola'],
  ['Emma', 'Stone'],
] as const;

const as = () => t.as('names', admin);
const studentsFound = async (search: string) =>
  (
    (
      await as()
        .get(`/api/students?search=${encodeURIComponent(search)}`)
        .expect(200)
    ).body.data as { firstName: string; lastName: string }[]
  )
    .map((s) => `${s.firstName} ${s.lastName}`)
    .sort();
const invoicesFound = async (search: string) =>
  (
    (
      await as()
        .get(`/api/fees/invoices?search=${encodeURIComponent(search)}`)
        .expect(200)
    ).body.data as { student: { name: string } }[]
  )
    .map((i) => i.student.name)
    .sort();

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('names', { plan: 'standard', schoolConfig: { language: 'fr', locale: 'fr-FR' } });
  admin = (await t.login('names')).accessToken;
  const ids = await t.setUpYear('names', admin);
  for (const [firstName, lastName] of NAMES)
    await as()
      .post('/api/students', { firstName, lastName, classId: ids.classId, sectionId: ids.sectionId, confirmDuplicate: true })
      .expect(201);
  const structure = (
    await as()
      .post('/api/fees/structures', {
        name: 'Term fees',
        termId: ids.termId,
        gradeLevelId: ids.gradeId,
        items: [{ name: 'Tuition', amount: 10_000 }],
        dueDate: '2026-01-31',
      })
      .expect(201)
  ).body.id;
  await as().post(`/api/fees/structures/${structure}/invoices`, {}).expect(200);
});
afterAll(() => t.close());

describe('name search', () => {
  it('finds accented names from plain letters and plain names from accented letters (students list)', async () => {
    expect(await studentsFound('Jose')).toEqual(['Jose Nunez', 'José Ñúñez']);
    expect(await studentsFound('josé')).toEqual(['Jose Nunez', 'José Ñúñez']);
    expect(await studentsFound('NUNEZ')).toEqual(['Jose Nunez', 'José Ñúñez']);
    expect(await studentsFound('jose nunez')).toEqual(['Jose Nunez', 'José Ñúñez']);
    expect(await studentsFound('Zoe')).toEqual(['Zoë Adams']);
    expect(await studentsFound('emile')).toEqual(['Émile Zola']);
    expect(await studentsFound('ολυμπια')).toEqual(['Ολυμπία Παπαδοπούλου']);
    expect(await studentsFound('АЛЕКСЕЙ')).toEqual(['Алексей Иванов']);
    expect(await studentsFound('Josa')).toEqual([]);
  });

  it('finds the same students in the fees list', async () => {
    expect(await invoicesFound('jose')).toEqual(['Jose Nunez', 'José Ñúñez']);
    expect(await invoicesFound('Ñúñez')).toEqual(['Jose Nunez', 'José Ñúñez']);
    expect(await invoicesFound('zoe adams')).toEqual(['Zoë Adams']);
    expect(await invoicesFound('иванов')).toEqual(['Алексей Иванов']);
  });
});

describe('name sort', () => {
  it("sorts by the school's collation on MongoDB; FerretDB 1.24 has none and keeps code-point order", async () => {
    const res = await as().get('/api/students?sort=lastName&limit=100').expect(200);
    const order = (res.body.data as { lastName: string }[]).map((s) => s.lastName);
    if (process.env.TEST_DB_KIND === 'ferretdb') {
      // The documented gap (docs/architecture.md): accented capitals after "Z", as bytes compare.
      expect(order).toEqual(['Adams', 'Nunez', 'Stone', 'Zola', 'Ñúñez', 'Иванов', 'Παπαδοπούλου'].sort());
      expect(order.indexOf('Ñúñez')).toBeGreaterThan(order.indexOf('Zola'));
    } else {
      // French collation: Ñúñez beside Nunez, Latin before Greek before Cyrillic (ICU's script order).
      expect(order).toEqual(['Adams', 'Nunez', 'Ñúñez', 'Stone', 'Zola', 'Παπαδοπούλου', 'Иванов']);
    }
  });
});
