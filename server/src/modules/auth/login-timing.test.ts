import request from 'supertest';
import { PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { passwordCompares } from '../../auth/password.js';

/**
 * Sign-in timing must not tell accounts apart: every path makes exactly one
 * bcrypt compare, against a hash of the configured cost. Cost 11 here (tests
 * use 4) because invited accounts' placeholder hashes are capped at cost 10.
 */
const COST = 11;
let t: TestPlatform;
let admin: string;

beforeAll(async () => {
  t = await startTestPlatform({ BCRYPT_COST: String(COST) });
  await t.school('timing');
  admin = (await t.login('timing')).accessToken;
  await t
    .as('timing', admin)
    .post('/api/teachers', { firstName: 'In', lastName: 'Vited', account: { email: 'invited@timing.test' } })
    .expect(201);
});
afterAll(() => t.close());

const total = (m: ReadonlyMap<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);

async function comparesOf(email: string, password: string) {
  const before = passwordCompares();
  const res = await request(t.app).post('/api/auth/login').set('X-Tenant-ID', 'timing').send({ email, password });
  const after = passwordCompares();
  const byCost = new Map<number, number>();
  for (const [cost, n] of after) if (n > (before.get(cost) ?? 0)) byCost.set(cost, n - (before.get(cost) ?? 0));
  return { status: res.status, byCost };
}

it('compares once at the configured cost for an unknown email, an invited account, a wrong and a right password', async () => {
  const users = await t.as('timing', admin).get('/api/users?status=invited').expect(200);
  expect(users.body.total).toBe(1);
  const cases = [
    ['nobody@timing.test', PASSWORD, 401],
    ['invited@timing.test', PASSWORD, 401],
    ['admin@timing.test', 'wrong-password-1', 401],
    ['admin@timing.test', PASSWORD, 200],
  ] as const;
  for (const [email, password, status] of cases) {
    const r = await comparesOf(email, password);
    expect({ email, status: r.status, compares: [...r.byCost] }).toEqual({ email, status, compares: [[COST, 1]] });
  }
  expect(total(passwordCompares())).toBeGreaterThan(0);
});
