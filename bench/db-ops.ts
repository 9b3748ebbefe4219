/**
 * npm run bench:db-ops — what single-document operations by `_id` cost as a collection grows, on the
 * database the platform runs on. On FerretDB 1.x (SQLite) finds and inserts by `_id` stay constant but
 * updates by `_id` (with or without upsert) read the whole collection; MongoDB serves both from the
 * `_id` index. Explains bench:jobs (one usage upsert per school per run). Results: bench/results/db-ops.json.
 */
import { startBenchPlatform, writeResult } from './lib.js';

const SIZES = (process.env.BENCH_DB_OPS_SIZES ?? '0,5000,20000').split(',').map(Number);
const N = 100;

async function main() {
  const bench = await startBenchPlatform();
  const c = bench.platform.db.connection.db!.collection<{ _id: string; v: number }>('dbopsbench');
  const rows: Record<string, number | string>[] = [];
  const time = async (f: (i: number) => Promise<unknown>) => {
    const t = performance.now();
    for (let i = 0; i < N; i++) await f(i);
    return +((performance.now() - t) / N).toFixed(2);
  };
  for (const size of SIZES) {
    for (let i = await c.countDocuments(); i < size; i += 1000) {
      await c.insertMany(Array.from({ length: Math.min(1000, size - i) }, (_, k) => ({ _id: `k${i + k}`, v: 1 })));
    }
    rows.push({
      documents: await c.countDocuments(),
      findByIdMs: await time((i) => c.findOne({ _id: `k${i}` })),
      insertMs: await time((i) => c.insertOne({ _id: `new${size}-${i}`, v: 1 })),
      updateByIdMs: await time((i) => c.updateOne({ _id: `k${i}` }, { $set: { v: 2 } })),
      upsertByIdMs: await time((i) => c.updateOne({ _id: `up${size}-${i}` }, { $set: { v: 3 } }, { upsert: true })),
    });
    console.error(`${size} documents measured`);
  }
  writeResult('db-ops', { database: bench.db.kind, operationsPerMeasure: N, rows });
  await bench.stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
