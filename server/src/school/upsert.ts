import mongoose, { type Model, type Types } from 'mongoose';
import { isDuplicateKey } from '../lib/errors.js';

/**
 * Writes one document per key (e.g. one attendance mark per student): updates
 * the existing ones by _id and inserts the others, in one bulk write. What
 * exists is found with a single query first; an upsert per row would be one
 * indexed lookup each on MongoDB but a collection scan each on FerretDB 1.x
 * (measured: 5.5 s for 25 marks once 5,000 marks existed, against 0.1 s).
 * Idempotent; a racing writer's insert (duplicate key) is retried once.
 */
export async function upsertByKey<T>(
  model: Model<T>,
  scope: Record<string, unknown>,
  keyField: string,
  rows: { key: Types.ObjectId; set: Record<string, unknown> }[],
): Promise<void> {
  // The filter and the bulk operations are typed per model by mongoose; this helper serves every
  // model, so both are passed untyped (values come from validated input).
  for (let attempt = 0; ; attempt++) {
    const existing = await model
      .find({ ...scope, [keyField]: mongoose.trusted({ $in: rows.map((r) => r.key) }) } as never)
      .select(`_id ${keyField}`)
      .lean<{ _id: Types.ObjectId; [k: string]: unknown }[]>();
    const idOf = new Map(existing.map((e) => [String(e[keyField]), e._id]));
    const ops = rows.map((r) => {
      const id = idOf.get(r.key.toString());
      return id
        ? { updateOne: { filter: { _id: id }, update: { $set: r.set } } }
        : { insertOne: { document: { ...scope, [keyField]: r.key, ...r.set } } };
    });
    try {
      // Unordered bulk writes skip operations that fail casting unless told to throw: a silent partial save is worse.
      if (ops.length) await model.bulkWrite(ops as never, { ordered: false, throwOnValidationError: true });
      return;
    } catch (err) {
      if (!isDuplicateKey(err) || attempt > 0) throw err;
    }
  }
}
