import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { loadConfig } from '../src/config/config.js';
import { createPlatform, type Platform } from '../src/platform.js';
import { provisionTenant, type ProvisionInput } from '../src/tenancy/provisioning.js';
import { hashPassword } from '../src/auth/password.js';
import type { TenantRecord } from '../src/tenancy/tenant.types.js';

export const PASSWORD = 'correct-horse-battery';

export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  const id = randomBytes(4).toString('hex');
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    BCRYPT_COST: '4',
    // Test files make many calls to one school; the rate-limit tests turn limits on.
    RATE_LIMIT_ENABLED: 'false',
    PLATFORM_DB_NAME: `platform_${id}`,
    UPLOADS_DIR: path.join(os.tmpdir(), `school-platform-uploads-${id}`),
    TENANT_DB_PREFIX: `t${id}_`,
    SERVE_CLIENT: 'false',
    TENANT_DB_TIMEOUT_MS: '1500',
    // Schools' own SMTP servers in tests are loopback ones (smtp-host.test.ts turns this off).
    SMTP_ALLOW_PRIVATE_HOSTS: 'true',
    ...overrides,
  };
}

export function dbUri(): string {
  const uri = process.env.TEST_MONGODB_URI;
  if (!uri) throw new Error('TEST_MONGODB_URI is not set: run the tests through jest (global-setup starts the database)');
  return uri;
}

/** A platform on its own platform database, as `npm start` builds it, for one test file. */
export async function startTestPlatform(
  overrides: Record<string, string> = {},
  options: Parameters<typeof createPlatform>[2] = {},
): Promise<TestPlatform> {
  const env = testEnv(overrides);
  const platform = await createPlatform(loadConfig(env), dbUri(), options);
  return new TestPlatform(platform, env);
}

export class TestPlatform {
  readonly created: TenantRecord[] = [];

  constructor(
    readonly platform: Platform,
    readonly env: Record<string, string>,
  ) {}

  get app() {
    return this.platform.app;
  }

  /** Provisions a school with an admin `admin@<subdomain>.test` / PASSWORD. */
  async school(subdomain: string, extra: Partial<ProvisionInput> = {}): Promise<TenantRecord> {
    const p = this.platform;
    const tenant = await provisionTenant(
      { db: p.db, connections: p.connections, tenantDbPrefix: p.config.tenantDbPrefix, bcryptCost: p.config.bcryptCost },
      {
        name: `School ${subdomain}`,
        subdomain,
        plan: 'standard',
        status: 'active',
        admin: { name: `Admin ${subdomain}`, email: `admin@${subdomain}.test`, password: PASSWORD },
        ...extra,
      },
    );
    p.tenants.invalidate(tenant);
    this.created.push(tenant);
    return tenant;
  }

  async superAdmin(email = 'root@platform.test'): Promise<string> {
    const p = this.platform;
    if (!(await p.db.SuperAdmin.exists({ email }))) {
      await p.db.SuperAdmin.create({ name: 'Root', email, passwordHash: await hashPassword(PASSWORD, p.config.bcryptCost) });
    }
    const res = await request(this.app).post('/api/superadmin/auth/login').send({ email, password: PASSWORD }).expect(200);
    return res.body.accessToken as string;
  }

  /** Signs in to a school through its X-Tenant-ID header. */
  async login(subdomain: string, email = `admin@${subdomain}.test`, password = PASSWORD) {
    const res = await request(this.app).post('/api/auth/login').set('X-Tenant-ID', subdomain).send({ email, password });
    if (res.status !== 200) throw new Error(`login to ${subdomain} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { accessToken: string; refreshToken: string; user: { id: string; role: string } };
  }

  /**
   * An active account made the only way the API allows: the admin invites (no password of theirs), the person
   * accepts the invitation link with `password`. Returns the user as the users screen shows it.
   */
  async activeUser(
    subdomain: string,
    adminToken: string,
    user: { name: string; email: string; role: string },
    password = PASSWORD,
  ): Promise<{ id: string; email: string; role: string; status: string }> {
    const created = await request(this.app)
      .post('/api/users')
      .set('X-Tenant-ID', subdomain)
      .set('Authorization', `Bearer ${adminToken}`)
      .send(user)
      .expect(201);
    const token = new URL(created.body.invitationUrl as string, 'http://x').searchParams.get('token');
    await request(this.app).post('/api/auth/accept-invitation').set('X-Tenant-ID', subdomain).send({ token, password }).expect(204);
    return { ...created.body, status: 'active' };
  }

  /** A signed-in user of the given role in a school. */
  async userWithRole(subdomain: string, role: 'teacher' | 'student' | 'parent' | 'staff', adminToken: string) {
    const email = `${role}-${randomBytes(3).toString('hex')}@${subdomain}.test`;
    await this.activeUser(subdomain, adminToken, { name: `A ${role}`, email, role });
    return this.login(subdomain, email);
  }

  /** Requests to one school with one user's token. */
  as(school: string, token: string) {
    const withHeaders = (r: request.Test) => r.set('X-Tenant-ID', school).set(bearer(token));
    return {
      get: (url: string) => withHeaders(request(this.app).get(url)),
      post: (url: string, body: object = {}) => withHeaders(request(this.app).post(url)).send(body),
      put: (url: string, body: object) => withHeaders(request(this.app).put(url)).send(body),
      patch: (url: string, body: object) => withHeaders(request(this.app).patch(url)).send(body),
      delete: (url: string) => withHeaders(request(this.app).delete(url)),
    };
  }

  /** A school's year with one term, a grade, and a class with one section, made through the API; their ids. */
  async setUpYear(school: string, token: string, opts: { start?: string; end?: string } = {}) {
    const a = this.as(school, token);
    const [startDate, endDate] = [opts.start ?? '2025-09-01', opts.end ?? '2026-07-01'];
    const year = (
      await a.post('/api/academic-years', { name: 'Year', startDate, endDate, terms: [{ name: 'Term 1', startDate, endDate }] }).expect(201)
    ).body;
    const gradeId = (await a.post('/api/grade-levels', { name: 'Grade 1', order: 1 }).expect(201)).body.id as string;
    const cls = (
      await a.post('/api/classes', { name: '1A', academicYearId: year.id, gradeLevelId: gradeId, sections: [{ name: 'A' }] }).expect(201)
    ).body;
    return {
      yearId: year.id as string,
      termId: year.terms[0].id as string,
      gradeId,
      classId: cls.id as string,
      sectionId: cls.sections[0].id as string,
    };
  }

  /** Sets the password of an invited account through its link, then signs in; returns the access token. */
  async acceptInvitation(school: string, invitation: { url: string }, email: string): Promise<string> {
    const token = new URL(invitation.url, 'http://x').searchParams.get('token');
    await request(this.app).post('/api/auth/accept-invitation').set('X-Tenant-ID', school).send({ token, password: PASSWORD }).expect(204);
    return (await this.login(school, email)).accessToken;
  }

  async close(): Promise<void> {
    for (const t of this.created) {
      const conn = await this.platform.connections.get(t).catch(() => undefined);
      await conn?.dropDatabase().catch(() => undefined);
    }
    await this.platform.db.connection.dropDatabase().catch(() => undefined);
    await this.platform.close();
  }
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
