import iconv from 'iconv-lite';
import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let admin: string;

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('impenc');
  admin = (await t.login('impenc')).accessToken;
});
afterAll(() => t.close());

const upload = (bytes: Buffer, contentType = 'text/csv') =>
  request(t.app)
    .post('/api/import/students?dryRun=false')
    .set('X-Tenant-ID', 'impenc')
    .set(bearer(admin))
    .set('Content-Type', contentType)
    .send(bytes);
const student = async (admissionNumber: string) =>
  (
    await request(t.app)
      .get(`/api/students?search=${encodeURIComponent(admissionNumber)}`)
      .set('X-Tenant-ID', 'impenc')
      .set(bearer(admin))
      .expect(200)
  ).body.data.find((s: { admissionNumber: string }) => s.admissionNumber === admissionNumber) as { firstName: string; lastName: string };

const file = (admission: string, first: string, last: string) => `admissionNumber,firstName,lastName\r\n${admission},${first},${last}\r\n`;

describe('importing a CSV saved in any common encoding', () => {
  it.each([
    // What Excel on Windows writes, what older tools write, UTF-8 from anywhere (with and without a BOM), Excel's "Unicode text".
    ['windows-1252', 'windows-1252', (s: string) => iconv.encode(s, 'windows-1252')],
    // Read as windows-1252, which gives every ISO-8859-1 letter the same byte.
    ['ISO-8859-1', 'windows-1252', (s: string) => iconv.encode(s, 'latin1')],
    ['UTF-8', 'UTF-8', (s: string) => Buffer.from(s, 'utf8')],
    ['UTF-8 with BOM', 'UTF-8', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
    ['UTF-16LE with BOM', 'UTF-16LE', (s: string) => iconv.encode(s, 'utf-16le', { addBOM: true })],
    ['UTF-16BE with BOM', 'UTF-16BE', (s: string) => iconv.encode(s, 'utf-16be', { addBOM: true })],
  ])('%s: "José Ñúñez" arrives as written, and the answer says how the file was read', async (name, encoding, encode) => {
    const admission = `E-${name.replace(/\W/g, '')}`;
    const res = await upload(encode(file(admission, 'José', 'Ñúñez'))).expect(200);
    expect(res.body).toMatchObject({ valid: true, created: 1, encoding });
    expect(await student(admission)).toMatchObject({ firstName: 'José', lastName: 'Ñúñez' });
  });

  it('reads an Arabic windows-1256 file and a Cyrillic windows-1251 file when their bytes say so', async () => {
    const arabic = iconv.encode(file('E-AR', 'محمد', 'العلي') + 'E-AR2,فاطمة,الزهراء\r\nE-AR3,عبد الرحمن,المصري\r\n', 'windows-1256');
    expect((await upload(arabic).expect(200)).body).toMatchObject({ valid: true, created: 3, encoding: 'windows-1256' });
    expect(await student('E-AR')).toMatchObject({ firstName: 'محمد', lastName: 'العلي' });

    const cyrillic = iconv.encode(file('E-RU', 'Алексей', 'Иванов') + 'E-RU2,Мария,Петрова\r\nE-RU3,Дмитрий,Смирнов\r\n', 'windows-1251');
    expect((await upload(cyrillic).expect(200)).body).toMatchObject({ valid: true, created: 3, encoding: 'windows-1251' });
    expect(await student('E-RU')).toMatchObject({ firstName: 'Алексей', lastName: 'Иванов' });
  });

  it('reads the letters windows-1252 has beyond Latin-1 (’ Œ), as Excel on Windows writes them', async () => {
    const res = await upload(iconv.encode(file('E-1252', 'Chloé', 'O’Brien-Œuvray'), 'windows-1252')).expect(200);
    expect(res.body.encoding).toBe('windows-1252');
    expect(await student('E-1252')).toMatchObject({ firstName: 'Chloé', lastName: 'O’Brien-Œuvray' });
  });

  it('follows a charset the upload declares', async () => {
    const res = await upload(iconv.encode(file('E-DECL', 'Mónica', 'Ibáñez'), 'windows-1252'), 'text/csv; charset=windows-1252').expect(
      200,
    );
    expect(res.body.encoding).toBe('windows-1252');
    expect(await student('E-DECL')).toMatchObject({ firstName: 'Mónica', lastName: 'Ibáñez' });
  });
});
