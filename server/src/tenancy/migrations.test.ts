import type { Connection } from 'mongoose';
import { startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { MIGRATIONS } from '../migrations/index.js';
import { migrateTenants, type Migration } from './migrations.js';
import type { TenantRecord } from './tenant.types.js';

let t: TestPlatform;
const schools: TenantRecord[] = [];
const deps = () => ({ db: t.platform.db, connections: t.platform.connections });
const conn = (s: TenantRecord) => t.platform.connections.get(s);
const indexNames = async (s: TenantRecord) => (await (await conn(s)).collection('auditentries').indexes()).map((i) => i.name);

beforeAll(async () => {
  t = await startTestPlatform();
  for (const sub of ['mig-a', 'mig-b', 'mig-c']) schools.push(await t.school(sub));
});
afterAll(() => t.close());

/** A test migration that counts its runs in the school's `probe` collection. */
const probe = (id: string, opts: { failFor?: () => string | undefined; slowMs?: number } = {}): Migration => ({
  id,
  description: `probe ${id}`,
  async up(c: Connection) {
    if (opts.slowMs) await new Promise((r) => setTimeout(r, opts.slowMs));
    if (opts.failFor?.() === c.name) throw new Error(`${id} broke on purpose`);
    await c.collection('probe').insertOne({ migration: id, at: new Date() });
  },
});
const runs = async (s: TenantRecord, id: string) => (await conn(s)).collection('probe').countDocuments({ migration: id });

describe('migrations across every school database', () => {
  it('starts a new school at the latest version', async () => {
    const summary = await migrateTenants(deps(), MIGRATIONS, { dryRun: true });
    expect(summary).toMatchObject({ schools: 3, upToDate: 3, failed: [] });
  });

  it('brings an older school up to date, and undoes a migration that has a down', async () => {
    const [a] = schools as [TenantRecord];
    // Make mig-a look like a school created before migration 002.
    await (await conn(a)).collection('auditentries').dropIndex('recordId_1_at_-1');
    await (await conn(a)).collection('migrations').deleteOne({ _id: '002-audit-record-index' as never });

    const dry = await migrateTenants(deps(), MIGRATIONS, { dryRun: true });
    expect(dry.results.find((r) => r.subdomain === 'mig-a')?.pending).toEqual(['002-audit-record-index']);
    expect(await indexNames(a)).not.toContain('recordId_1_at_-1');

    const run = await migrateTenants(deps(), MIGRATIONS);
    expect(run).toMatchObject({ schools: 3, migrated: 1, upToDate: 2, failed: [] });
    expect(await indexNames(a)).toContain('recordId_1_at_-1');

    const down = await migrateTenants(deps(), MIGRATIONS, { tenant: 'mig-a', down: '002-audit-record-index' });
    expect(down.results).toEqual([{ subdomain: 'mig-a', applied: ['002-audit-record-index (down)'], pending: [] }]);
    expect(await indexNames(a)).not.toContain('recordId_1_at_-1');
    expect((await migrateTenants(deps(), MIGRATIONS, { tenant: 'mig-a' })).migrated).toBe(1);
  });

  it("reports one school's failure without stopping the others, and resumes where it stopped", async () => {
    let broken: string | undefined = (await conn(schools[1]!)).name;
    const list = [...MIGRATIONS, probe('900-first'), probe('901-breaks', { failFor: () => broken }), probe('902-after')];
    const first = await migrateTenants(deps(), list, { concurrency: 2 });
    expect(first.failed).toEqual([
      {
        subdomain: 'mig-b',
        applied: ['900-first'],
        pending: ['901-breaks', '902-after'],
        error: { migration: '901-breaks', message: '901-breaks broke on purpose' },
      },
    ]);
    expect(first.migrated).toBe(2);
    expect(await runs(schools[2]!, '902-after')).toBe(1);
    expect(await runs(schools[1]!, '902-after')).toBe(0);

    broken = undefined;
    const second = await migrateTenants(deps(), list);
    expect(second).toMatchObject({ migrated: 1, upToDate: 2, failed: [] });
    expect(second.results.find((r) => r.subdomain === 'mig-b')?.applied).toEqual(['901-breaks', '902-after']);
    for (const s of schools) expect(await runs(s, '900-first')).toBe(1);
  });

  it('applies a migration once per school even with two runners at the same time', async () => {
    const list = [...MIGRATIONS, probe('910-slow', { slowMs: 150 })];
    const [one, two] = await Promise.all([migrateTenants(deps(), list), migrateTenants(deps(), list)]);
    for (const s of schools) expect(await runs(s, '910-slow')).toBe(1);
    // Whoever lost a school says so; nothing is applied twice.
    expect(one.migrated + two.migrated).toBe(3);
    expect([...one.failed, ...two.failed].every((f) => /another runner/.test(f.error!.message))).toBe(true);
    expect((await migrateTenants(deps(), list)).upToDate).toBe(3);
  });

  it('takes over a claim left by a runner that died long ago', async () => {
    const list = [...MIGRATIONS, probe('920-after-crash')];
    const c = await conn(schools[0]!);
    await c
      .collection('migrations')
      .insertOne({ _id: '920-after-crash' as never, state: 'running', startedAt: new Date(Date.now() - 3_600_000) });
    const res = await migrateTenants(deps(), list, { tenant: 'mig-a' });
    expect(res.results[0]).toMatchObject({ applied: ['920-after-crash'], pending: [] });
    expect(await runs(schools[0]!, '920-after-crash')).toBe(1);
  });

  it('refuses an unknown school or migration', async () => {
    await expect(migrateTenants(deps(), MIGRATIONS, { tenant: 'nope' })).rejects.toThrow('No school with the subdomain nope');
    await expect(migrateTenants(deps(), MIGRATIONS, { down: '999-nope' })).rejects.toThrow('No migration 999-nope');
  });
});
