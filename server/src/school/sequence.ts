import { Schema } from 'mongoose';
import { defineTenantModel } from '../tenancy/model-registry.js';
import { tenantModel } from '../tenancy/tenant-context.js';
import { isDuplicateKey } from '../lib/errors.js';

/**
 * Per-school number sequences (admission numbers, receipt numbers). Each
 * allocated number is its own document under a unique (key, n) index, and a
 * conflict means "someone else took it: try the next". An `$inc` counter would
 * be simpler, but it is not atomic on FerretDB 1.x (200 concurrent increments
 * of one counter gave 10), while unique indexes are enforced on every server.
 */
const sequenceSchema = new Schema(
  {
    key: { type: String, required: true },
    n: { type: Number, required: true },
  },
  { strict: 'throw', versionKey: false, timestamps: { createdAt: true, updatedAt: false } },
);
sequenceSchema.index({ key: 1, n: -1 }, { unique: true });

export const SequenceModel = defineTenantModel('Sequence', sequenceSchema);

export async function nextSequence(key: string): Promise<number> {
  const Sequences = tenantModel(SequenceModel);
  for (let attempt = 0; attempt < 100; attempt++) {
    const last = await Sequences.findOne({ key }).sort({ n: -1 }).select('n').lean();
    const n = (last?.n ?? 0) + 1;
    try {
      await Sequences.create({ key, n });
      return n;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // Lost the race for n: back off a little so the winners' inserts become visible.
      await new Promise((r) => setTimeout(r, Math.random() * 5 * (attempt + 1)));
    }
  }
  throw new Error(`Could not allocate a number in sequence ${key}`);
}
