import type { Model } from 'mongoose';

/**
 * Sums several fields over the documents matching `match`, in the database.
 * One $group per field, run in parallel: FerretDB 1.x computes only the first
 * accumulator of a $group correctly (the others come back as 0), while a
 * single accumulator is right on every server.
 */
export async function sumFields<F extends string>(
  model: Model<never>,
  match: Record<string, unknown>,
  fields: readonly F[],
): Promise<Record<F, number>> {
  const sums = await Promise.all(
    fields.map(async (f) => {
      const [row] = await model.aggregate<{ v: number }>([{ $match: match }, { $group: { _id: null, v: { $sum: `$${f}` } } }]);
      return [f, row?.v ?? 0] as const;
    }),
  );
  return Object.fromEntries(sums) as Record<F, number>;
}
