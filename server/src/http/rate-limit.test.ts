import request from 'supertest';
import { bearer, PASSWORD, startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { startRedis } from '../../test/redis.js';

// TRUST_PROXY=1: each test sends from its own address (X-Forwarded-For), so their per-address counts stay apart.
const limited = (extra: Record<string, string> = {}) =>
  startTestPlatform({
    RATE_LIMIT_ENABLED: 'true',
    TRUST_PROXY: '1',
    LOGIN_LIMIT_PER_ACCOUNT: '3',
    LOGIN_LIMIT_PER_IP: '5',
    ANONYMOUS_LIMIT_PER_MINUTE: '40',
    USER_LIMIT_PER_MINUTE: '10',
    ...extra,
  });

/** The same path spelt another way: trailing slash, upper case, doubled slash. */
const variants = (path: string) => {
  const last = path.lastIndexOf('/');
  return [
    `${path}/`,
    path.slice(0, last + 1) + path.slice(last + 1).toUpperCase(),
    `${path.slice(0, last)}/${path.slice(last)}`,
    path.toUpperCase(),
  ];
};

describe('rate limits (in memory)', () => {
  let t: TestPlatform;
  let from: (ip: string, school?: string) => { post: (url: string) => request.Test; get: (url: string) => request.Test };
  beforeAll(async () => {
    t = await limited();
    await t.school('rl-small', { limits: { requestsPerMinute: 5 } });
    await t.school('rl-other', { limits: { requestsPerMinute: 12 } });
    await t.school('rl-busy', { limits: { requestsPerMinute: 1000 } });
    await t.school('rl-flood', { limits: { requestsPerMinute: 12 } });
    from = (ip, school = 'rl-other') => ({
      post: (url) => request(t.app).post(url).set('X-Forwarded-For', ip).set('X-Tenant-ID', school),
      get: (url) => request(t.app).get(url).set('X-Forwarded-For', ip).set('X-Tenant-ID', school),
    });
  });
  afterAll(() => t.close());

  const signInRoutes: [string, object][] = [
    ['/api/auth/login', { email: 'admin@rl-other.test', password: 'wrong-password-1' }],
    ['/api/auth/refresh', { refreshToken: 'not-a-refresh-token-at-all-0000000000' }],
    ['/api/auth/accept-invitation', { token: 'not-an-invitation-token-000000000000', password: 'a-new-password-123' }],
    ['/api/auth/logout', { refreshToken: 'not-a-refresh-token-at-all-0000000000' }],
    ['/api/superadmin/auth/login', { email: 'root@platform.test', password: 'wrong-password-1' }],
    ['/api/superadmin/auth/refresh', { refreshToken: 'not-a-refresh-token-at-all-0000000000' }],
    ['/api/superadmin/auth/logout', { refreshToken: 'not-a-refresh-token-at-all-0000000000' }],
  ];

  it.each(signInRoutes)('%s cannot be reached by another spelling of its path (404)', async (path, body) => {
    for (const [i, variant] of variants(path).entries()) {
      const res = await from(`10.1.0.${i}`).post(variant).send(body);
      expect([variant, res.status]).toEqual([variant, 404]);
    }
  });

  it('counts wrong credentials only: cross-site form posts and malformed bodies cannot lock an address out', async () => {
    const ip = '10.9.0.1';
    for (let i = 0; i < 8; i++) {
      const form = await from(ip).post('/api/auth/login').set('Origin', 'https://evil.example').type('form').send('a=b');
      expect(form.status).toBe(415);
      await from(ip).post('/api/auth/login').send({}).expect(400);
    }
    // Past the address's limit (5) of refusals, the right password still signs in from there.
    await from(ip).post('/api/auth/login').send({ email: 'admin@rl-other.test', password: PASSWORD }).expect(200);
  });

  it.each(signInRoutes.filter(([path]) => !path.endsWith('/logout')))(
    '%s: failed attempts from one address end in 429 with Retry-After',
    async (path, body) => {
      const ip = `10.2.0.${signInRoutes.findIndex(([p]) => p === path)}`;
      const statuses: number[] = [];
      // Different emails on the sign-in routes: this is the address's limit (5), not the account's (3).
      for (let i = 0; i < 6; i++) {
        const attempt = 'email' in body ? { ...body, email: `u${i}@rl-other.test` } : body;
        statuses.push((await from(ip).post(path).send(attempt)).status);
      }
      expect(statuses.slice(0, 5).every((s) => s === 400 || s === 401)).toBe(true);
      const refused = await from(ip).post(path).send(body).expect(429);
      expect(refused.body).toMatchObject({ error: 'RATE_LIMITED' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(statuses[5]).toBe(429);
    },
  );

  it('stops guessing one account after a few failed sign-ins, even with the right password, whatever the spelling', async () => {
    const login = (ip: string, password: string, path = '/api/auth/login') =>
      from(ip).post(path).send({ email: 'admin@rl-other.test', password });
    for (let i = 0; i < 3; i++) await login(`10.3.0.${i}`, 'wrong-password-1').expect(401);
    const blocked = await login('10.3.0.9', PASSWORD).expect(429);
    expect(blocked.body.error).toBe('RATE_LIMITED');
    expect(blocked.headers['retry-after']).toBeDefined();
    for (const variant of variants('/api/auth/login')) expect((await login('10.3.0.10', PASSWORD, variant)).status).toBe(404);
    // Another account is not blocked by this one's failures.
    await from('10.3.0.11').post('/api/auth/login').send({ email: 'nobody@rl-other.test', password: 'x' }).expect(401);
  });

  it("an anonymous flood is refused to its own address and leaves the school's signed-in users alone", async () => {
    const flood = (ip: string) => from(ip, 'rl-flood');
    const admin = (await flood('10.4.0.1').post('/api/auth/login').send({ email: 'admin@rl-flood.test', password: PASSWORD }).expect(200))
      .body.accessToken as string;
    // From the admin's own address (a school's staff share one address): well past the school's 12 a minute.
    let status = 0;
    let sent = 0;
    while (status !== 429 && sent < 60) {
      status = (await flood('10.4.0.1').get('/api/tenant')).status;
      sent++;
    }
    expect(status).toBe(429);
    expect(sent).toBe(40); // the admin's sign-in was one of the address's 40
    const res = await flood('10.4.0.1').get('/api/students').set(bearer(admin));
    expect(res.status).toBe(200);
    // Another address is not refused.
    await flood('10.4.0.2').get('/api/tenant').expect(200);
  });

  it("one user's flood is refused to that user; another user of the school goes on", async () => {
    const a = t.as('rl-busy', (await t.login('rl-busy')).accessToken);
    const teacher = t.as('rl-busy', (await t.userWithRole('rl-busy', 'teacher', (await t.login('rl-busy')).accessToken)).accessToken);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await teacher.get('/api/auth/me')).status);
    expect(statuses).toEqual([...Array<number>(10).fill(200), 429]);
    await a.get('/api/auth/me').expect(200);
  });

  it("refuses a school's signed-in requests beyond its plan's requests per minute, with Retry-After; other schools go on", async () => {
    const token = (await t.login('rl-small')).accessToken; // anonymous: not counted against the school
    const a = t.as('rl-small', token);
    for (let i = 0; i < 5; i++) await a.get('/api/students').expect(200);
    const res = await a.get('/api/students').expect(429);
    expect(res.body).toMatchObject({ error: 'RATE_LIMITED', details: { limit: 5 } });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
    await t
      .as('rl-busy', (await t.login('rl-busy')).accessToken)
      .get('/api/students')
      .expect(200);
  });
});

describe('rate limits shared by several API instances (Redis)', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let one: TestPlatform;
  let two: TestPlatform;
  beforeAll(async () => {
    redis = await startRedis();
    one = await limited({ REDIS_URL: redis.url, USER_LIMIT_PER_MINUTE: '1000' });
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
    const token = (await one.login('rl-shared')).accessToken;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await (i % 2 ? one : two).as('rl-shared', token).get('/api/students')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
  });

  it('counts failed sign-ins across instances', async () => {
    const login = (p: TestPlatform) =>
      request(p.app)
        .post('/api/auth/login')
        .set('X-Forwarded-For', '10.9.0.1')
        .set('X-Tenant-ID', 'rl-shared')
        .send({ email: 'admin@rl-shared.test', password: 'wrong-password-1' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await login(i % 2 ? one : two)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
