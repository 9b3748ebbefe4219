import mongoose, { type Model, type Types } from 'mongoose';
import { isDuplicateKey } from '../lib/errors.js';

type WriteError = { index?: number; code?: number; errmsg?: string; err?: { index?: number; code?: number; errmsg?: string } };

/** The rows of an unordered bulk insert that collided with an existing key (any other failure is thrown). */
function collisions(err: unknown): Set<number> | null {
  const writeErrors = (err as { writeErrors?: WriteError[] | WriteError }).writeErrors;
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
  if (list.length === 0) return null;
  const rows = new Set<number>();
  for (const w of list) {
    const e = { index: w.index ?? w.err?.index, code: w.code ?? w.err?.code, message: w.errmsg ?? w.err?.errmsg };
    if (e.index === undefined || !isDuplicateKey(e)) return null;
    rows.add(e.index);
  }
  return rows;
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || String(a ?? '') === String(b ?? '');

/**
 * Writes one document per key (e.g. one attendance mark per student) in as few round trips as the database
 * allows: every row is inserted first, in one unordered bulk write (the unique index on the key finds those
 * that exist); only the rows that collided are then read (one query) and only those whose values changed
 * are updated, by _id. On FerretDB 1.x an insert costs the same at any size but every query other than by
 * _id reads the whole collection, and so does each update (measured in bench/register-save.ts: a section's
 * register took 12.7 s on a school with 36,000 marks, one read plus a re-read);
 * MongoDB serves the same calls from its indexes. Idempotent; saving the same rows again writes nothing.
 */
export async function upsertByKey<T>(
  model: Model<T>,
  scope: Record<string, unknown>,
  keyField: string,
  rows: { key: Types.ObjectId; set: Record<string, unknown> }[],
): Promise<void> {
  if (rows.length === 0) return;
  // The filter and the bulk operations are typed per model by mongoose; this helper serves every
  // model, so both are passed untyped (values come from validated input).
  const inserts = rows.map((r) => ({ insertOne: { document: { ...scope, [keyField]: r.key, ...r.set } } }));
  let taken: Set<number>;
  try {
    // Unordered bulk writes skip operations that fail casting unless told to throw: a silent partial save is worse.
    await model.bulkWrite(inserts as never, { ordered: false, throwOnValidationError: true });
    return;
  } catch (err) {
    const rowsTaken = collisions(err);
    if (!rowsTaken) throw err;
    taken = rowsTaken;
  }
  const existingRows = rows.filter((_, i) => taken.has(i));
  const existing = await model
    .find({ ...scope, [keyField]: mongoose.trusted({ $in: existingRows.map((r) => r.key) }) } as never)
    .lean<{ _id: Types.ObjectId; [k: string]: unknown }[]>();
  const byKey = new Map(existing.map((e) => [String(e[keyField]), e]));
  const updates = existingRows.flatMap((r): object[] => {
    const doc = byKey.get(r.key.toString());
    // Deleted between the insert and the read: insert it after all.
    if (!doc) return [{ insertOne: { document: { ...scope, [keyField]: r.key, ...r.set } } }];
    const changed = Object.entries(r.set).some(([k, v]) => !same(doc[k], v));
    return changed ? [{ updateOne: { filter: { _id: doc._id }, update: { $set: r.set } } }] : [];
  });
  if (updates.length) await model.bulkWrite(updates as never, { ordered: false, throwOnValidationError: true });
}
