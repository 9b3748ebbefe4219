import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { repoRoot } from '../../test/servers.js';
import { ensureInitialTenant } from './initial-tenant.js';
import { writeServerState, removeServerState } from './server-state.js';

/**
 * `npm run seed:demo` beside a running server: the platform's HTTP server is up (its address in DATA_DIR, as
 * `npm start` writes it), and the seed finds it there, signs in as the demo admin and fills a small demo school
 * through its API. What it prints is what it made: no operator, and sign-ins that work.
 */
let t: TestPlatform;
let server: Server;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'seed-demo-'));
const ADMIN_PASSWORD = 'demo-admin-password-123';

function seed(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), [path.join(repoRoot, 'scripts', 'seed-demo.ts'), ...args], {
      cwd: dataDir,
      // The seed reads no database here: a wrong MONGODB_URI proves it talks to the server only.
      env: { ...process.env, ...t.env, DATA_DIR: dataDir, MONGODB_URI: 'mongodb://127.0.0.1:9/unused', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

beforeAll(async () => {
  t = await startTestPlatform({ DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD, SUPERADMIN_EMAIL: 'first-operator@platform.test' });
  // The platform's operator was made another way (the console, another email): setup must not add a second one.
  await t.superAdmin('ops@platform.test');
  const setup = await ensureInitialTenant(t.platform);
  expect(setup.lines.join('\n')).toContain('The platform already has an operator: no super admin created.');
  const demo = await t.platform.db.Tenant.findOne({ subdomain: 'demo' }).lean();
  t.created.push({ id: demo!._id.toString(), databaseName: demo!.databaseConfig!.databaseName } as never);
  server = t.app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  writeServerState(dataDir, '127.0.0.1', (server.address() as AddressInfo).port);
}, 60_000);

afterAll(async () => {
  removeServerState(dataDir);
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await t.close();
});

describe('seed:demo beside a running server', () => {
  it('seeds through the server, announces every account it made, and a second run changes nothing', async () => {
    const wrong = await seed(['--students', '20', '--days', '2'], { DEMO_ADMIN_PASSWORD: 'not-the-password' });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/Signing in to "demo" as admin@demo\.example\.com failed: 401/);

    const first = await seed(['--students', '20', '--days', '2']);
    expect(first.out).toMatch(/A server is running on this DATA_DIR \(pid \d+, http:\/\/127\.0\.0\.1:\d+\): seeding through its API/);
    expect(first.code).toBe(0);
    expect(first.out).toContain('students 20/20');
    expect(first.out).toContain('timetable periods 240/240');
    expect(first.out).toMatch(/Seeded the demo school: 20 students, \d+ guardians, 12 teachers, 12 sections, 2 days of registers/);
    expect(first.out).toMatch(/Done in [\d.]+ s \(\d+ requests\)/);
    const teacher = /demo teacher sign-in: (teacher@demo\.example\.com) \/ (\S+) \(password generated now and shown only here\)/.exec(
      first.out,
    );
    const parent = /demo parent sign-in: (parent@demo\.example\.com) \/ (\S+) \(password generated now and shown only here\)/.exec(
      first.out,
    );
    expect(teacher).not.toBeNull();
    expect(parent).not.toBeNull();
    expect(first.out).not.toContain(ADMIN_PASSWORD);

    // The printed sign-ins work, and they are the only accounts besides the admin; no operator was added.
    const teacherLogin = await t.login('demo', teacher![1], teacher![2]);
    expect(teacherLogin.user.role).toBe('teacher');
    expect((await t.login('demo', parent![1], parent![2])).user.role).toBe('parent');
    const admin = t.as('demo', (await t.login('demo', 'admin@demo.example.com', ADMIN_PASSWORD)).accessToken);
    const users = (await admin.get('/api/users?limit=100').expect(200)).body as { total: number; data: { email: string }[] };
    expect(users.data.map((u) => u.email).sort()).toEqual([
      'admin@demo.example.com',
      'parent@demo.example.com',
      'teacher@demo.example.com',
    ]);
    expect(await t.platform.db.SuperAdmin.countDocuments()).toBe(1);

    // What a user of the demo sees: the students, a teacher's week, a parent's child.
    expect((await admin.get('/api/students?limit=1').expect(200)).body.total).toBe(20);
    expect((await admin.get('/api/timetable?limit=1').expect(200)).body.total).toBe(240);
    const invoices = (await admin.get('/api/fees/invoices?limit=100').expect(200)).body as { total: number };
    expect(invoices.total).toBe(20);

    const again = await seed(['--students', '20', '--days', '2']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('The demo school already has 20 students: nothing to seed, nothing changed.');
    expect(again.out).not.toMatch(/sign-in:/);
    expect((await admin.get('/api/users?limit=100').expect(200)).body.total).toBe(3);
    expect((await admin.get('/api/fees/invoices?limit=100').expect(200)).body.total).toBe(20);
  }, 240_000);
});
