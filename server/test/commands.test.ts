import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dbUri, startTestPlatform, type TestPlatform } from './helpers.js';
import { repoRoot, startSecondDatabase } from './servers.js';
import type { DatabaseServer } from '../src/db/embedded-server.js';

/**
 * The operations commands as an operator runs them (the scripts behind
 * `npm run <command>`), against the tests' database server: exit code and
 * what they print.
 */
let t: TestPlatform;
let second: DatabaseServer;
const dir = mkdtempSync(path.join(os.tmpdir(), 'school-commands-'));

function run(script: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), [path.join(repoRoot, 'scripts', `${script}.ts`), ...args], {
      cwd: dir,
      env: { ...process.env, ...t.env, MONGODB_URI: dbUri(), INIT_CWD: dir, TENANT_CACHE_TTL_MS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

beforeAll(async () => {
  second = await startSecondDatabase();
  t = await startTestPlatform();
  await t.school('cmd-a');
  const a = t.as('cmd-a', (await t.login('cmd-a')).accessToken);
  for (const n of ['Ann', 'Ben']) await a.post('/api/students', { firstName: n, lastName: 'Cli' }).expect(201);
}, 120_000);
afterAll(async () => {
  await t.close();
  await second.stop();
});

describe('operations commands', () => {
  it('migrate:tenants reports every school and changes nothing on a dry run', async () => {
    const { code, out } = await run('migrate-tenants', ['--dry-run']);
    expect(code).toBe(0);
    expect(out).toMatch(
      /1 schools in [\d.]+ s \(dry run: nothing was changed\): 0 migrated, 1 up to date, 0 with pending migrations, 0 failed/,
    );
    expect((await run('migrate-tenants', ['--tenant', 'nope'])).code).toBe(1);
  }, 60_000);

  it('tenant:export and tenant:import round-trip a school through a file', async () => {
    const exported = await run('tenant-export', ['cmd-a', '--out', 'a.gz']);
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/students\s+2\s+[0-9a-f]{64}/);
    expect(existsSync(path.join(dir, 'a.gz'))).toBe(true);
    const imported = await run('tenant-import', ['a.gz', '--subdomain', 'cmd-copy']);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Imported into cmd-copy (every count and checksum matches the manifest)');
    expect(imported.out).toMatch(/admin@cmd-a\.test: \/accept-invitation\?school=cmd-copy&token=/);
    expect((await run('tenant-import', ['a.gz', '--subdomain', 'cmd-copy'])).code).toBe(1);
  }, 60_000);

  it('jobs:run-once runs the lifecycle job and says what it did', async () => {
    const { code, out } = await run('jobs-run-once', []);
    expect(code).toBe(0);
    expect(out).toContain('Trials ended (suspended): none');
    expect(out).toMatch(/Usage recorded for 2 schools/);
  }, 60_000);

  it('tenant:move moves a school to another server', async () => {
    const { code, out } = await run('tenant-move', ['cmd-copy', '--to', second.uri]);
    expect(code).toBe(0);
    expect(out).toMatch(/Moved cmd-copy to its own database in [\d.]+ s; the old database was dropped\./);
    const school = await t.platform.db.Tenant.findOne({ subdomain: 'cmd-copy' }).select('+databaseConfig.connectionString').lean();
    expect(school?.databaseConfig?.connectionString).toEqual(expect.any(String));
    expect((await run('tenant-move', ['cmd-copy'])).code).toBe(2); // no --to: usage
  }, 60_000);
});
