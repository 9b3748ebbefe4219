import mongoose, { type Connection } from 'mongoose';
import type { PlatformDb } from '../db/platform-db.js';
import { isDuplicateKey } from '../lib/errors.js';
import { logger } from '../lib/logger.js';
import type { ConnectionFactory } from './connection-factory.js';
import { bindModel } from './model-registry.js';
import { MigrationModel } from './migration.schema.js';
import { toTenantRecord } from './tenant.schema.js';
import type { TenantRecord } from './tenant.types.js';

/** A versioned change to every school database. `up` must be safe to repeat; `down` where the change can be undone. */
export interface Migration {
  id: string;
  description: string;
  /** `school`: the school's record, when the runner has it (its country, time zone). */
  up(conn: Connection, school?: TenantRecord): Promise<void>;
  down?(conn: Connection): Promise<void>;
}

/** A claim older than this is taken to be from a runner that died; the migration is run again. */
const STALE_MS = 30 * 60_000;

export interface SchoolResult {
  subdomain: string;
  applied: string[];
  pending: string[];
  error?: { migration: string; message: string };
}

/** Records every migration as done: a new school starts at the latest version. */
export async function markAllApplied(conn: Connection, migrations: readonly Migration[]): Promise<void> {
  const now = new Date();
  if (migrations.length === 0) return;
  await bindModel(conn, MigrationModel).insertMany(
    migrations.map((m) => ({ _id: m.id, state: 'done', startedAt: now, finishedAt: now, durationMs: 0 })),
  );
}

/** The migrations not yet done in this school (a stale "running" claim counts as not done). */
async function pendingIn(conn: Connection, migrations: readonly Migration[]) {
  const rows = await bindModel(conn, MigrationModel).find({}).lean();
  const done = new Set(rows.filter((r) => r.state === 'done').map((r) => r._id));
  return { pending: migrations.filter((m) => !done.has(m.id)), rows };
}

/**
 * Applies the pending migrations of one school, in order, stopping at the
 * first failure (the failed one is not recorded, so a later run retries it).
 * Each one is claimed first: a concurrent runner finds the claim and leaves
 * the school alone.
 */
export async function migrateSchool(
  conn: Connection,
  subdomain: string,
  migrations: readonly Migration[],
  opts: { dryRun?: boolean; school?: TenantRecord } = {},
): Promise<SchoolResult> {
  const Model = bindModel(conn, MigrationModel);
  const { pending, rows } = await pendingIn(conn, migrations);
  const result: SchoolResult = { subdomain, applied: [], pending: pending.map((m) => m.id) };
  if (opts.dryRun) return result;
  for (const m of pending) {
    const startedAt = new Date();
    const stale = rows.find((r) => r._id === m.id && r.state === 'running');
    try {
      if (stale) {
        // Retake a dead runner's claim only if it is old and still the same claim.
        if (startedAt.getTime() - stale.startedAt.getTime() < STALE_MS) {
          throw new Error(`another runner started ${m.id} at ${stale.startedAt.toISOString()}`);
        }
        const res = await Model.updateOne({ _id: m.id, state: 'running', startedAt: stale.startedAt }, { $set: { startedAt } });
        if (res.modifiedCount !== 1) throw new Error(`another runner took over ${m.id}`);
      } else {
        await Model.create({ _id: m.id, state: 'running', startedAt });
      }
    } catch (err) {
      const message = isDuplicateKey(err) ? `another runner is applying ${m.id}` : (err as Error).message;
      result.error = { migration: m.id, message };
      return result;
    }
    try {
      await m.up(conn, opts.school);
    } catch (err) {
      await Model.deleteOne({ _id: m.id, state: 'running', startedAt });
      result.error = { migration: m.id, message: (err as Error).message };
      logger.error({ err, subdomain, migration: m.id }, 'migration failed');
      return result;
    }
    await Model.updateOne({ _id: m.id }, { $set: { state: 'done', finishedAt: new Date(), durationMs: Date.now() - startedAt.getTime() } });
    result.applied.push(m.id);
    result.pending = result.pending.filter((id) => id !== m.id);
  }
  return result;
}

/** Undoes one applied migration in one school (only migrations that have a `down`). */
export async function revertSchool(conn: Connection, migration: Migration): Promise<boolean> {
  if (!migration.down) throw new Error(`${migration.id} cannot be undone (it has no down)`);
  const Model = bindModel(conn, MigrationModel);
  if (!(await Model.exists({ _id: migration.id, state: 'done' }))) return false;
  await migration.down(conn);
  await Model.deleteOne({ _id: migration.id });
  return true;
}

export interface RunOptions {
  tenant?: string;
  dryRun?: boolean;
  concurrency?: number;
  /** Undo this migration instead of applying the pending ones. */
  down?: string;
  onProgress?: (done: number, total: number, last: SchoolResult) => void;
}

export interface RunSummary {
  schools: number;
  upToDate: number;
  migrated: number;
  failed: SchoolResult[];
  results: SchoolResult[];
  ms: number;
}

/**
 * Runs the migrations over every school (or one), `concurrency` schools at a
 * time. A school that fails is reported with its error and the others go on;
 * since each school records what ran, running again resumes where it stopped.
 */
export async function migrateTenants(
  deps: { db: PlatformDb; connections: ConnectionFactory },
  migrations: readonly Migration[],
  opts: RunOptions = {},
): Promise<RunSummary> {
  const started = Date.now();
  const filter: Record<string, unknown> = { status: mongoose.trusted({ $ne: 'provisioning' }) };
  if (opts.tenant) filter.subdomain = opts.tenant;
  const docs = await deps.db.Tenant.find(filter).select('+databaseConfig.connectionString').sort({ subdomain: 1 }).lean();
  if (opts.tenant && docs.length === 0) throw new Error(`No school with the subdomain ${opts.tenant}`);
  const target = opts.down ? migrations.find((m) => m.id === opts.down) : undefined;
  if (opts.down && !target) throw new Error(`No migration ${opts.down}`);

  const results: SchoolResult[] = [];
  let next = 0;
  const one = async (tenant: TenantRecord): Promise<SchoolResult> => {
    try {
      const conn = await deps.connections.get(tenant);
      if (target) {
        const undone = opts.dryRun ? false : await revertSchool(conn, target);
        return { subdomain: tenant.subdomain, applied: undone ? [`${target.id} (down)`] : [], pending: [] };
      }
      return await migrateSchool(conn, tenant.subdomain, migrations, { dryRun: opts.dryRun, school: tenant });
    } catch (err) {
      return { subdomain: tenant.subdomain, applied: [], pending: [], error: { migration: '(connect)', message: (err as Error).message } };
    }
  };
  const worker = async () => {
    while (next < docs.length) {
      const tenant = toTenantRecord(docs[next++]!);
      const result = await one(tenant);
      results.push(result);
      opts.onProgress?.(results.length, docs.length, result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 8, docs.length || 1)) }, worker));
  results.sort((a, b) => a.subdomain.localeCompare(b.subdomain));
  return {
    schools: results.length,
    upToDate: results.filter((r) => !r.error && r.applied.length === 0 && r.pending.length === 0).length,
    migrated: results.filter((r) => !r.error && r.applied.length > 0).length,
    failed: results.filter((r) => r.error),
    results,
    ms: Date.now() - started,
  };
}
