import request from 'supertest';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { DATABASE_NAME_MAX } from '../../tenancy/provisioning.js';

let t: TestPlatform;
let root: string;
const databases: string[] = [];

beforeAll(async () => {
  t = await startTestPlatform();
  root = await t.superAdmin();
});
afterAll(async () => {
  for (const name of databases)
    await t.platform.db.connection
      .useDb(name)
      .dropDatabase()
      .catch(() => undefined);
  await t.close();
});

/** A valid DNS label of exactly `length` characters. */
const label = (length: number, start = 'long') => `${start}-${'abcdefghij'.repeat(7)}`.slice(0, length - 1) + 'z';

const create = (subdomain: string) =>
  request(t.app)
    .post('/api/superadmin/tenants')
    .set(bearer(root))
    .send({
      name: `School ${subdomain.length}`,
      subdomain,
      admin: { name: 'Head', email: `head${subdomain.length}@long.test`, password: PASSWORD },
    });

// MongoDB limits database names to 63 bytes; with the prefix (10 bytes in tests, `school_` by default) a 57-63
// character subdomain used to pass validation and then fail with a 500 (`Invalid namespace`).
describe('subdomains up to the DNS limit of 63 characters', () => {
  it.each([57, 58, 59, 60, 61, 62, 63])('creates a school with a %i-character subdomain whose database name fits', async (length) => {
    const subdomain = label(length);
    expect(subdomain).toHaveLength(length);
    const res = await create(subdomain).expect(201);
    const name = res.body.databaseConfig.databaseName as string;
    databases.push(name);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(DATABASE_NAME_MAX);
    expect(name.startsWith(t.platform.config.tenantDbPrefix)).toBe(true);
    // The school works: its admin signs in (a read in its database) and creates a user (a write).
    const login = await request(t.app)
      .post('/api/auth/login')
      .set('X-Tenant-ID', subdomain)
      .send({ email: `head${length}@long.test`, password: PASSWORD })
      .expect(200);
    await request(t.app)
      .post('/api/users')
      .set('X-Tenant-ID', subdomain)
      .set(bearer(login.body.accessToken))
      .send({ name: 'A teacher', email: `teacher${length}@long.test`, role: 'teacher' })
      .expect(201);
  });

  it('gives two long subdomains that start alike their own databases, and keeps short names as they were', async () => {
    const [a, b] = [label(63, 'same'), `${label(62, 'same')}q`];
    expect(a.slice(0, 50)).toBe(b.slice(0, 50));
    const [ra, rb] = [(await create(a).expect(201)).body, (await create(b).expect(201)).body];
    databases.push(ra.databaseConfig.databaseName, rb.databaseConfig.databaseName);
    expect(ra.databaseConfig.databaseName).not.toBe(rb.databaseConfig.databaseName);

    const short = (await create('short-name').expect(201)).body;
    databases.push(short.databaseConfig.databaseName);
    expect(short.databaseConfig.databaseName).toBe(`${t.platform.config.tenantDbPrefix}short_name`);
  });

  it('still refuses a 64-character subdomain with 400 naming the field', async () => {
    const res = await create(`${label(63)}x`).expect(400);
    expect(res.body.error).toBe('VALIDATION_ERROR');
    expect(res.body.details[0].path).toBe('subdomain');
  });
});
