import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../test/helpers.js';

let t: TestPlatform;
let admin: string;

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('csvbom');
  admin = (await t.login('csvbom')).accessToken;
});
afterAll(() => t.close());

const NAMES = [
  ['José', 'Ñúñez'],
  ['Ολυμπία', 'Παπαδοπούλου'],
  ['Алексей', 'Иванов'],
  ['محمد', 'العلي'],
  ['अनन्या', 'शर्मा'],
];

/** The raw bytes of an answer (supertest would decode them as text and hide what a spreadsheet sees). */
const bytes = (res: request.Response) => res.body as Buffer;
const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('CSV exports open in spreadsheet programs in every script', () => {
  it('start with the UTF-8 byte-order mark, then the names in UTF-8', async () => {
    const csv = `firstName,lastName\r\n${NAMES.map((n) => n.join(',')).join('\r\n')}\r\n`;
    await request(t.app)
      .post('/api/import/students?dryRun=false')
      .set('X-Tenant-ID', 'csvbom')
      .set(bearer(admin))
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(200);
    for (const url of ['/api/students/export.csv', '/api/audit/export.csv']) {
      const res = await binary(request(t.app).get(url).set('X-Tenant-ID', 'csvbom').set(bearer(admin))).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect([...bytes(res).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      // Exactly one mark: the text after it is the CSV itself.
      expect(bytes(res).subarray(3, 6).toString('utf8')).not.toContain('\uFEFF');
      if (url.startsWith('/api/students')) {
        const text = bytes(res).toString('utf8');
        for (const [first, last] of NAMES) expect(text).toContain(`${first},${last}`);
      }
    }
  });
});
