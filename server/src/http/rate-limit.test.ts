import request from 'supertest';
import { PASSWORD, startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { startRedis } from '../../test/redis.js';

const limited = (extra: Record<string, string> = {}) =>
  startTestPlatform({ RATE_LIMIT_ENABLED: 'true', LOGIN_LIMIT_PER_ACCOUNT: '3', LOGIN_LIMIT_PER_IP: '8', ...extra });

describe('rate limits (in memory)', () => {
  let t: TestPlatform;
  let token: string;
  beforeAll(async () => {
    t = await limited();
    await t.school('rl-small', { limits: { requestsPerMinute: 5 } });
    await t.school('rl-other');
    token = (await t.login('rl-small')).accessToken; // 1 request
  });
  afterAll(() => t.close());

  it("refuses a school's requests beyond its plan's requests per minute, with Retry-After; other schools go on", async () => {
    const a = t.as('rl-small', token);
    for (let i = 0; i < 4; i++) await a.get('/api/students').expect(200);
    const res = await a.get('/api/students').expect(429);
    expect(res.body).toMatchObject({ error: 'RATE_LIMITED', details: { limit: 5 } });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
    const other = (await t.login('rl-other')).accessToken;
    await t.as('rl-other', other).get('/api/students').expect(200);
  });

  it('stops guessing one account after a few failed sign-ins, even with the right password', async () => {
    const login = (email: string, password: string) =>
      request(t.app).post('/api/auth/login').set('X-Tenant-ID', 'rl-other').send({ email, password });
    for (let i = 0; i < 3; i++) await login('admin@rl-other.test', 'wrong-password-1').expect(401);
    const blocked = await login('admin@rl-other.test', PASSWORD).expect(429);
    expect(blocked.body.error).toBe('RATE_LIMITED');
    expect(blocked.headers['retry-after']).toBeDefined();
    // Another account is not blocked by this one's failures (until the address's own limit).
    await login('nobody@rl-other.test', 'wrong-password-1').expect(401);
  });

  it('limits sign-in attempts per address across accounts, and on the platform console too', async () => {
    // The address has used 7 of its 8 attempts above (the helper's sign-ins count too).
    let status = 0;
    for (let i = 0; i < 10 && status !== 429; i++) {
      status = (
        await request(t.app)
          .post('/api/auth/login')
          .set('X-Tenant-ID', 'rl-other')
          .send({ email: `u${i}@x.test`, password: 'x' })
      ).status;
    }
    expect(status).toBe(429);
    for (let i = 0; i < 3; i++)
      await request(t.app).post('/api/superadmin/auth/login').send({ email: 'root@platform.test', password: 'wrong-password' }).expect(401);
    expect((await request(t.app).post('/api/superadmin/auth/login').send({ email: 'root@platform.test', password: 'x' })).status).toBe(429);
  });
});

describe('rate limits shared by several API instances (Redis)', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let one: TestPlatform;
  let two: TestPlatform;
  beforeAll(async () => {
    redis = await startRedis();
    if (!redis) return;
    one = await limited({ REDIS_URL: redis.url });
    // A second API instance: same configuration and platform database, its own process state.
    two = await limited({ ...one.env, REDIS_URL: redis.url });
    await one.school('rl-shared', { limits: { requestsPerMinute: 6 } });
  });
  afterAll(async () => {
    await two?.platform.close();
    await one?.close();
    await redis?.stop();
  });

  it('counts one school across instances: 6 a minute in all, not 6 on each', async () => {
    if (!redis) return console.warn('skipped: Go is needed to build tools/miniredis');
    const token = (await one.login('rl-shared')).accessToken; // 1
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await (i % 2 ? one : two).as('rl-shared', token).get('/api/students')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
